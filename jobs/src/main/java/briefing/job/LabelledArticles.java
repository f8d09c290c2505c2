package briefing.job;

import briefing.topics.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the labelled training set ({@code id, title, text, labels} JSONL). Training happens on the driver
 * (Tribuo trains in one JVM), so the training set is collected; it is a curated file of about a thousand rows,
 * not the corpus.
 */
public final class LabelledArticles {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("labels", DataTypes.createArrayType(DataTypes.StringType));

    private LabelledArticles() {}

    public static List<LabelledArticle> read(SparkSession spark, String path) {
        List<Row> rows = spark.read().schema(SCHEMA).option("mode", "FAILFAST").json(path).collectAsList();
        List<LabelledArticle> articles = new ArrayList<>(rows.size());
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            String id = row.getString(0);
            if (id == null || row.getString(2) == null || row.isNullAt(3)) {
                throw new IllegalArgumentException(path + ": every row needs id, text and labels; row " + (articles.size() + 1) + " does not");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(path + ": duplicate id " + id);
            }
            articles.add(new LabelledArticle(id, row.getString(1), row.getString(2), topics(path, id, row.getList(3))));
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(path + ": no labelled rows");
        }
        return articles;
    }

    /** The labels of row {@code id}, each checked to be a topic. */
    static Set<String> topics(String path, String id, List<String> labels) {
        Set<String> topics = new LinkedHashSet<>(labels);
        for (String topic : topics) {
            if (!Topics.isTopic(topic)) {
                throw new IllegalArgumentException(path + ": row " + id + " has unknown label '" + topic + "'; labels are " + Topics.ALL);
            }
        }
        return Set.copyOf(topics);
    }
}
