package briefing.vectorize;

import briefing.summary.CorpusStatistics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;

/**
 * A fitted {@link TextVectorizer} pipeline as MLlib saved it ({@code PipelineModel.write().save}), read from its files
 * without Spark: each stage's metadata (JSON lines) and the CountVectorizer's and IDF's data (Parquet). It accepts only
 * the stages and parameters {@link TextVectorizer#pipeline} builds, and refuses anything else, so the plain-Java
 * vectoriser ({@link ArticleVectorizer}) can never silently disagree with the model it scores for; a test holds it to
 * MLlib's own output. Training reads the pipeline it has just fitted the same way ({@link #of}), from its stages'
 * parameters, so the model is trained on the vectors the job will score.
 *
 * @param vectorizer the pipeline as one plain-Java pass per article
 * @param idf        the IDF of every vocabulary term, by id
 * @param numDocs    the documents the IDF was fitted on
 * @param stopWords  the stop-word stage's list, as saved
 */
public record SavedPipeline(ArticleVectorizer vectorizer, double[] idf, long numDocs, Set<String> stopWords) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STAGES = {"org.apache.spark.ml.feature.SQLTransformer", "org.apache.spark.ml.feature.RegexTokenizer",
            "org.apache.spark.ml.feature.StopWordsRemover", "org.apache.spark.ml.feature.NGram", "org.apache.spark.ml.feature.SQLTransformer",
            "org.apache.spark.ml.feature.CountVectorizerModel", "org.apache.spark.ml.feature.SQLTransformer",
            "org.apache.spark.ml.feature.IDFModel", "org.apache.spark.ml.feature.Normalizer"};

    public String[] vocabulary() {
        return vectorizer.vocabulary();
    }

    /** What the summariser needs of the fitted vectoriser, as plain Java for the language core: each term's IDF and the stop words. */
    public CorpusStatistics corpusStatistics() {
        return CorpusStatistics.of(vocabulary(), idf, numDocs, stopWords);
    }

    /**
     * @param files the saved pipeline's files by their path inside its directory ({@code metadata/part-00000-...},
     *              {@code stages/5_cntVec_.../data/part-...parquet}, ...)
     */
    public static SavedPipeline read(Map<String, byte[]> files) {
        try {
            JsonNode pipeline = metadata(files, "metadata/");
            if (!"org.apache.spark.ml.PipelineModel".equals(pipeline.path("class").asText())) throw refused("it is not a PipelineModel");
            JsonNode uids = pipeline.path("paramMap").path("stageUids");
            if (uids.size() != STAGES.length) throw refused("it has " + uids.size() + " stages, not " + STAGES.length);
            JsonNode[] params = new JsonNode[STAGES.length];
            String[] dirs = new String[STAGES.length];
            for (int i = 0; i < STAGES.length; i++) {
                dirs[i] = "stages/" + i + "_" + uids.get(i).asText() + "/";
                JsonNode stage = metadata(files, dirs[i] + "metadata/");
                requireStage(i, stage.path("class").asText());
                params[i] = params(stage);
            }
            Group idfRow = data(files, dirs[7]);
            return of(params, vocabulary(data(files, dirs[5])), vector(idfRow.getGroup("idf", 0)), idfRow.getLong("numDocs", 0));
        } catch (IOException | RuntimeException e) {
            throw readFailure(e);
        }
    }

    /**
     * The same, of a pipeline fitted in this JVM, read through its stages' public parameters (each encoded as MLlib
     * saves it) and data: what {@link #read} would give once the pipeline is saved, without writing it.
     */
    public static SavedPipeline of(PipelineModel fitted) {
        try {
            Transformer[] stages = fitted.stages();
            if (stages.length != STAGES.length) throw refused("it has " + stages.length + " stages, not " + STAGES.length);
            JsonNode[] params = new JsonNode[STAGES.length];
            for (int i = 0; i < STAGES.length; i++) {
                requireStage(i, stages[i].getClass().getName());
                params[i] = params(stages[i]);
            }
            IDFModel idf = (IDFModel) stages[7];
            return of(params, ((CountVectorizerModel) stages[5]).vocabulary(), idf.idf().toArray(), idf.numDocs());
        } catch (IOException | RuntimeException e) {
            throw readFailure(e);
        }
    }

    private static void requireStage(int i, String className) {
        if (!STAGES[i].equals(className)) throw refused("stage " + i + " is " + className + ", not " + STAGES[i]);
    }

    /** The pipeline of these stage parameters (in {@link #STAGES} order) and fitted data, if it is the project's. */
    private static SavedPipeline of(JsonNode[] params, String[] vocabulary, double[] idf, long numDocs) {
        int titleWeight = titleWeight(params[0].path("statement").asText());
        JsonNode tokenizer = params[1];
        if (!tokenizer.path("pattern").asText().equals(TextVectorizer.TOKEN_GAPS) || !tokenizer.path("gaps").asBoolean()
                || !tokenizer.path("toLowercase").asBoolean()) {
            throw refused("its tokenizer is not the project's (pattern " + tokenizer.path("pattern").asText() + ")");
        }
        JsonNode stopWordStage = params[2];
        if (params[3].path("n").asInt() != 2) throw refused("its n-grams are not bigrams");
        boolean bigrams = statementIs(params[4], TextVectorizer.termsStatement(true), TextVectorizer.termsStatement(false));
        JsonNode counts = params[5];
        if (counts.path("minTF").asDouble() != 1.0) throw refused("its minimum term frequency is " + counts.path("minTF"));
        if (counts.path("binary").asBoolean() || !params[6].path("statement").asText().equals(TextVectorizer.SCALED_STATEMENT)) {
            throw refused("its counts are not sublinear (1 + ln count): " + params[6].path("statement").asText());
        }
        if (params[8].path("p").asDouble() != 2.0) throw refused("its norm is not L2");
        if (idf.length != vocabulary.length) throw refused("its IDF has " + idf.length + " terms, its vocabulary " + vocabulary.length);

        boolean caseSensitive = stopWordStage.path("caseSensitive").asBoolean();
        // As StopWordsRemover builds it: the whole "en_US" as the language, so no language-specific case rules apply.
        @SuppressWarnings("deprecation")
        Locale locale = new Locale(stopWordStage.path("locale").asText());
        Set<String> saved = new LinkedHashSet<>();
        stopWordStage.path("stopWords").forEach(w -> saved.add(w.asText()));
        Set<String> words = new HashSet<>();
        for (String word : saved) words.add(caseSensitive ? word : word.toLowerCase(locale));
        ArticleVectorizer.Settings settings = new ArticleVectorizer.Settings(titleWeight, tokenizer.path("minTokenLength").asInt(), words,
                caseSensitive, locale, bigrams);
        return new SavedPipeline(new ArticleVectorizer(settings, vocabulary, idf), idf, numDocs, Set.copyOf(saved));
    }

    private static IllegalStateException readFailure(Exception e) {
        if (e instanceof IllegalStateException refusal && refusal.getMessage().startsWith(REFUSED)) return refusal;
        return new IllegalStateException(REFUSED + "it cannot be read: " + e, e);
    }

    /** The one JSON line of the metadata file under {@code dir}. */
    private static JsonNode metadata(Map<String, byte[]> files, String dir) throws IOException {
        return JSON.readTree(new String(only(files, dir, ".txt"), StandardCharsets.UTF_8));
    }

    /** The one row of the stage's data file. */
    private static Group data(Map<String, byte[]> files, String stageDir) throws IOException {
        List<Group> rows = ParquetRows.read(only(files, stageDir + "data/", ".parquet"));
        if (rows.size() != 1) throw refused(stageDir + "data holds " + rows.size() + " rows, not 1");
        return rows.get(0);
    }

    private static byte[] only(Map<String, byte[]> files, String dir, String suffix) {
        List<String> matching = new ArrayList<>();
        for (String path : files.keySet()) {
            if (path.startsWith(dir) && path.indexOf('/', dir.length()) < 0 && path.substring(dir.length()).startsWith("part-") && path.endsWith(suffix)) {
                matching.add(path);
            }
        }
        if (matching.size() != 1) throw refused("expected one part file in " + dir + ", found " + matching.size());
        return files.get(matching.get(0));
    }

    /** A stage's parameters: the ones set, over the defaults. */
    private static JsonNode params(JsonNode stage) {
        ObjectNode merged = JSON.createObjectNode();
        stage.path("defaultParamMap").fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        stage.path("paramMap").fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    /** A fitted stage's parameters, each as MLlib's writer encodes it ({@code Param.jsonEncode}). */
    private static JsonNode params(Params stage) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        for (Param<?> param : stage.params()) {
            if (stage.isDefined(param)) params.set(param.name(), JSON.readTree(encoded(stage, param)));
        }
        return params;
    }

    private static <T> String encoded(Params stage, Param<T> param) {
        return param.jsonEncode(stage.getOrDefault(param));
    }

    private static String[] vocabulary(Group row) {
        List<Group> elements = ParquetRows.listElements(row, "vocabulary");
        String[] vocabulary = new String[elements.size()];
        for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = elements.get(i).getString("element", 0);
        return vocabulary;
    }

    /** An MLlib vector as Spark writes it: type 0 sparse (size, indices, values), 1 dense (values). */
    private static double[] vector(Group v) {
        List<Group> values = ParquetRows.listElements(v, "values");
        int type = v.getInteger("type", 0);
        if (type == 1) {
            double[] dense = new double[values.size()];
            for (int i = 0; i < dense.length; i++) dense[i] = values.get(i).getDouble("element", 0);
            return dense;
        }
        double[] sparse = new double[v.getInteger("size", 0)];
        List<Group> indices = ParquetRows.listElements(v, "indices");
        for (int i = 0; i < indices.size(); i++) sparse[indices.get(i).getInteger("element", 0)] = values.get(i).getDouble("element", 0);
        return sparse;
    }

    private static int titleWeight(String statement) {
        for (int w = 1; w <= VectorizerSettings.MAX_TITLE_WEIGHT; w++) {
            if (statement.equals(TextVectorizer.documentStatement(w))) return w;
        }
        throw refused("its document statement is not the project's: " + statement);
    }

    /** @return true for the first form, false for the second */
    private static boolean statementIs(JsonNode stage, String first, String second) {
        String statement = stage.path("statement").asText();
        if (statement.equals(first)) return true;
        if (statement.equals(second)) return false;
        throw refused("a statement is not the project's: " + statement);
    }

    private static final String REFUSED = "the vectoriser is not one this version can score with: ";

    private static IllegalStateException refused(String why) {
        return new IllegalStateException(REFUSED + why);
    }
}
