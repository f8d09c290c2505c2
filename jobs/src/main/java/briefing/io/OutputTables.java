package briefing.io;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the tables the job writes. They are a contract with the analysts: README.md documents them
 * and a test pins them.
 */
public final class OutputTables {
    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String RUN_DATE = "run_date";

    public static final StructType SUMMARY_SENTENCE = new StructType()
            .add("position", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    public static final StructType ARTICLES_SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("published_at", DataTypes.TimestampType)
            .add("topics", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("topic_scores", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false)
            .add("primary_topic", DataTypes.StringType)
            .add("topic_evidence", DataTypes.createMapType(DataTypes.StringType, DataTypes.createArrayType(DataTypes.StringType, false), false), false)
            .add("summary", DataTypes.StringType, false)
            .add("summary_sentences", DataTypes.createArrayType(SUMMARY_SENTENCE, false), false)
            .add("topic_summaries", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)
            .add("sentence_count", DataTypes.IntegerType, false)
            .add("word_count", DataTypes.IntegerType, false)
            .add("language", DataTypes.StringType, false)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("model_version", DataTypes.StringType, false)
            .add("run_id", DataTypes.StringType, false)
            .add("processed_at", DataTypes.TimestampType, false)
            .add(RUN_DATE, DataTypes.DateType, false);

    public static final StructType REJECTS_SCHEMA = new StructType()
            .add("source_file", DataTypes.StringType)
            .add("line", DataTypes.LongType)
            .add("article_id", DataTypes.StringType)
            .add("reason", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("raw_record", DataTypes.StringType)
            .add("run_id", DataTypes.StringType, false)
            .add("processed_at", DataTypes.TimestampType, false)
            .add(RUN_DATE, DataTypes.DateType, false);

    private OutputTables() {}
}
