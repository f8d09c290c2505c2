package briefing.vectorize;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Unlabelled news articles ({@code id}, {@code title}, {@code text} JSONL) whose document frequencies join the
 * training rows' when the IDF is fitted. A thousand labelled rows give a noisy IDF (a word seen in three of them
 * looks rare and weighs heavily); tens of thousands of articles of the same kind give one that says how rare a word
 * is in news. Only the IDF learns from them: the vocabulary and the model are still fitted on the labelled rows,
 * and scoring uses the same pipeline stages as without a corpus.
 *
 * @param articles     the corpus rows ({@code id}, {@code title}, {@code text}); null for no corpus
 * @param paths        where they were read from, for the model card
 */
public record IdfCorpus(Dataset<Row> articles, List<String> paths) {
    public static final IdfCorpus NONE = new IdfCorpus(null, List.of());
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    /** Reads the JSONL files (or folders of them); rows without text are skipped. */
    public static IdfCorpus read(SparkSession spark, List<String> paths) {
        if (paths.isEmpty()) return NONE;
        Dataset<Row> rows = spark.read().schema(SCHEMA).json(paths.toArray(new String[0])).filter(functions.col("text").isNotNull());
        return new IdfCorpus(rows, List.copyOf(paths));
    }

    public boolean isEmpty() {
        return articles == null;
    }

    /**
     * The corpus without the rows whose id is one of {@code ids}: the labelled rows, so that no held-out article of a
     * cross-validation fold reaches the IDF through the corpus.
     */
    public IdfCorpus without(Collection<String> ids) {
        if (isEmpty() || ids.isEmpty()) return this;
        Column labelled = functions.col("id").isin(ids.toArray());
        return new IdfCorpus(articles.filter(functions.not(labelled).or(functions.col("id").isNull())), paths);
    }

    /**
     * The rows whose id is one of {@code ids}, by id (the first of a repeated id): how labels that name corpus
     * articles by id find their texts.
     */
    public Map<String, Row> rowsById(Collection<String> ids) {
        Map<String, Row> rows = new LinkedHashMap<>();
        if (isEmpty() || ids.isEmpty()) return rows;
        for (Row r : articles.filter(functions.col("id").isin(ids.toArray())).collectAsList()) {
            rows.putIfAbsent(r.getString(0), r);
        }
        return rows;
    }

    /** The number of articles, a Spark job over the files. */
    public long size() {
        return isEmpty() ? 0 : articles.count();
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idf_corpus", isEmpty() ? "none: IDF of the training rows alone"
                : "training rows + the unlabelled articles of " + String.join(", ", paths) + " (the training rows' ids left out)");
        return m;
    }
}
