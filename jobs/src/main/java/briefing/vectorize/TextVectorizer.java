package briefing.vectorize;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.Row;

/**
 * The MLlib pipeline that turns an article ({@code title}, {@code text}) into the {@code features} vector the
 * topic model reads. It is fitted at training time and saved inside the model directory, so scoring uses exactly
 * the vocabulary and IDF the model was trained with. A fitted vocabulary (CountVectorizer) rather than feature
 * hashing, so no hash function can change under the model between Spark versions.
 */
public final class TextVectorizer {
    public static final String FEATURES = "features";
    private static final String[] WORK_COLUMNS = {"_doc", "_tokens", "_words", "_bigrams", "_terms", "_tf", "_scaled", "_tfidf"};
    /**
     * Sublinear term frequency, 1 + ln(count): without it a name repeated through an article ("North Korea" ten
     * times) dominates the normalised vector and drowns the words that say what the article is about.
     */
    static final String LOG_TF = "briefing_log_tf";
    /** What separates tokens: anything that is not a letter or a number. */
    static final String TOKEN_GAPS = "[^\\p{L}\\p{N}]+";

    private TextVectorizer() {}

    /** Fits the pipeline on training articles ({@code title}, {@code text}). */
    public static PipelineModel fit(VectorizerSettings settings, Dataset<Row> articles) {
        registerFunctions(articles.sparkSession());
        return pipeline(settings).fit(articles);
    }

    /**
     * Fits the pipeline on training articles, then refits its IDF stage on the training articles and the corpus
     * together (through the fitted vocabulary). The stages, and so the scoring, are the same as {@link #fit}'s; only
     * the IDF weights differ.
     */
    public static PipelineModel fit(VectorizerSettings settings, Dataset<Row> articles, IdfCorpus corpus) {
        PipelineModel fitted = fit(settings, articles);
        if (corpus.isEmpty()) return fitted;
        Transformer[] stages = fitted.stages().clone();
        int idfStage = -1;
        for (int i = 0; i < stages.length; i++) if (stages[i] instanceof IDFModel) idfStage = i;
        if (idfStage < 0) throw new IllegalStateException("the vectoriser has no IDF stage");
        Transformer[] beforeIdf = java.util.Arrays.copyOf(stages, idfStage);
        Dataset<Row> documents = articles.select("title", "text").unionByName(corpus.articles().select("title", "text"));
        IDFModel idf = (IDFModel) stages[idfStage];
        stages[idfStage] = new IDF().setInputCol(idf.getInputCol()).setOutputCol(idf.getOutputCol())
                .fit(new PipelineModel(fitted.uid() + "_prefix", beforeIdf).transform(documents));
        return new PipelineModel(fitted.uid(), stages);
    }

    static Pipeline pipeline(VectorizerSettings settings) {
        PipelineStage document = new SQLTransformer().setStatement(documentStatement(settings.titleWeight()));
        PipelineStage tokens = new RegexTokenizer().setInputCol("_doc").setOutputCol("_tokens")
                .setPattern(TOKEN_GAPS).setGaps(true).setToLowercase(true).setMinTokenLength(2);
        PipelineStage words = new StopWordsRemover().setInputCol("_tokens").setOutputCol("_words");
        PipelineStage bigrams = new NGram().setN(2).setInputCol("_words").setOutputCol("_bigrams");
        PipelineStage terms = new SQLTransformer().setStatement(termsStatement(settings.bigrams()));
        PipelineStage counts = new CountVectorizer().setInputCol("_terms").setOutputCol("_tf")
                .setVocabSize(settings.vocabularySize()).setMinDF(settings.minDocumentFrequency());
        PipelineStage scaled = new SQLTransformer().setStatement(SCALED_STATEMENT);
        PipelineStage idf = new IDF().setInputCol("_scaled").setOutputCol("_tfidf");
        PipelineStage normalise = new Normalizer().setInputCol("_tfidf").setOutputCol(FEATURES).setP(2.0);
        return new Pipeline().setStages(new PipelineStage[] {document, tokens, words, bigrams, terms, counts, scaled, idf, normalise});
    }

    /** The document the tokenizer reads: the title and a line break, {@code titleWeight} times, a line break, the text. */
    static String documentStatement(int titleWeight) {
        return String.format("SELECT *, concat_ws('\\n', repeat(concat(coalesce(title, ''), '\\n'), %d), coalesce(text, '')) AS _doc FROM __THIS__",
                titleWeight);
    }

    static String termsStatement(boolean bigrams) {
        return bigrams ? "SELECT *, concat(_words, _bigrams) AS _terms FROM __THIS__" : "SELECT *, _words AS _terms FROM __THIS__";
    }

    static final String SCALED_STATEMENT = "SELECT *, " + LOG_TF + "(_tf) AS _scaled FROM __THIS__";

    /** Adds the {@code features} column and drops the pipeline's intermediate columns. */
    public static Dataset<Row> vectorise(PipelineModel fitted, Dataset<Row> articles) {
        registerFunctions(articles.sparkSession());
        return fitted.transform(articles).drop(WORK_COLUMNS);
    }

    /** The SQL functions the saved pipeline's statements call, registered once per session. */
    static void registerFunctions(SparkSession spark) {
        if (spark.catalog().functionExists(LOG_TF)) return;
        spark.udf().register(LOG_TF, (UDF1<Vector, Vector>) TextVectorizer::logTermFrequency, SQLDataTypes.VectorType());
    }

    static Vector logTermFrequency(Vector counts) {
        SparseVector sparse = counts.toSparse();
        double[] values = sparse.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] > 0 ? 1 + Math.log(values[i]) : 0;
        }
        return Vectors.sparse(sparse.size(), sparse.indices(), values);
    }

    /** The fitted vocabulary: index i of a features vector is term {@code vocabulary(model)[i]}. */
    public static String[] vocabulary(PipelineModel fitted) {
        for (Transformer stage : fitted.stages()) {
            if (stage instanceof CountVectorizerModel counts) {
                return counts.vocabulary();
            }
        }
        throw new IllegalStateException("the vectoriser has no CountVectorizer stage");
    }
}
