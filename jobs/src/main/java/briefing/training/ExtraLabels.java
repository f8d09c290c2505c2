package briefing.training;

import briefing.io.HadoopFiles;
import briefing.vectorize.IdfCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Labels the project gave to articles of the unlabelled corpus ({@code --idf-corpus}), by the same guide as the
 * labelled set: a JSONL of {@code id, labels} (other fields are ignored). The texts stay in the corpus files and are
 * looked up by id, so the file holds no article text. The rows only fit the models: never held out, never used for
 * calibration or thresholds (see {@link TopicModelRecipe#fit(List, List, String)}).
 *
 * @param path     where the labels were read from; null for none
 * @param sha256   of the labels file
 * @param articles the labelled corpus articles, in the file's order
 */
public record ExtraLabels(String path, String sha256, List<LabelledArticle> articles) {
    public static final ExtraLabels NONE = new ExtraLabels(null, null, List.of());
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("labels", DataTypes.createArrayType(DataTypes.StringType));

    /** @param path null for none */
    public static ExtraLabels readOrNone(SparkSession spark, String path, IdfCorpus corpus, List<LabelledArticle> labelled) throws IOException {
        return path == null ? NONE : read(spark, path, corpus, labelled);
    }

    /**
     * Refuses a label for a row of the labelled set (it would be trained on twice) and for a copy or near-copy of one
     * under another id (a cross-validation fold would train on the story of the row it tests).
     * @param labelled the labelled set
     */
    public static ExtraLabels read(SparkSession spark, String path, IdfCorpus corpus, List<LabelledArticle> labelled) throws IOException {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("extra labels name articles of the --idf-corpus files; give --idf-corpus too");
        }
        byte[] bytes = new HadoopFiles(spark.sparkContext().hadoopConfiguration()).read(path);
        List<Row> rows = spark.read().schema(SCHEMA).option("mode", "FAILFAST").json(path).collectAsList();
        Set<String> labelledIds = new HashSet<>();
        for (LabelledArticle a : labelled) labelledIds.add(a.id());
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        for (Row row : rows) {
            String id = row.getString(0);
            if (id == null || row.isNullAt(1)) {
                throw new IllegalArgumentException(path + ": every row needs id and labels; row " + (topics.size() + 1) + " does not");
            }
            if (labelledIds.contains(id)) throw new IllegalArgumentException(path + ": " + id + " is in the labelled set already");
            if (topics.put(id, LabelledArticles.topics(path, id, row.getList(1))) != null) {
                throw new IllegalArgumentException(path + ": duplicate id " + id);
            }
        }
        Map<String, Row> texts = corpus.rowsById(topics.keySet());
        NearDuplicates labelledStories = new NearDuplicates(labelled);
        List<LabelledArticle> articles = new ArrayList<>(topics.size());
        for (Map.Entry<String, Set<String>> e : topics.entrySet()) {
            Row text = texts.get(e.getKey());
            if (text == null) {
                throw new IllegalArgumentException(path + ": " + e.getKey() + " is not an article with text in " + String.join(", ", corpus.paths()));
            }
            LabelledArticle article = new LabelledArticle(e.getKey(), text.getString(1), text.getString(2), e.getValue());
            String copied = labelledStories.copyOf(article);
            if (copied != null) {
                throw new IllegalArgumentException(path + ": " + article.id() + " is a copy of the labelled row " + copied
                        + " (at least " + Math.round(NearDuplicates.MIN_SIMILARITY * 100) + "% of their word 5-grams shared); remove it");
            }
            articles.add(article);
        }
        return new ExtraLabels(path, HadoopFiles.sha256(bytes), List.copyOf(articles));
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** For the model card and model.json: the file, its hash and its label counts. */
    public String describe() {
        return new Path(path).getName() + " sha256=" + sha256 + ", " + articles.size() + " corpus articles " + Training.labelCounts(articles)
                + ", fit only";
    }
}
