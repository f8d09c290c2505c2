package briefing.io;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The common shape every input format is read into, before validation: one row per input record, the article
 * fields as text, where the record came from, what reading it had to repair ({@code flags}), and for a record
 * that could not be read at all its reject reason, message and raw text.
 */
public final class RawArticles {
    public static final String SOURCE_FILE = "source_file";
    /** 1-based line of a JSONL file, or row of a Parquet file; null for a .txt file (the file is the record). */
    public static final String LINE = "line";
    public static final String FLAGS = "flags";
    public static final String REASON = "reason";
    public static final String MESSAGE = "message";
    public static final String RAW_RECORD = "raw_record";

    /** The JSONL fields, all read as strings so that one odd value cannot fail the batch. */
    public static final StructType JSON_FIELDS = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType);

    public static final StructType SCHEMA = JSON_FIELDS
            .add(SOURCE_FILE, DataTypes.StringType)
            .add(LINE, DataTypes.LongType)
            .add(FLAGS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(REASON, DataTypes.StringType)
            .add(MESSAGE, DataTypes.StringType)
            .add(RAW_RECORD, DataTypes.StringType);

    private RawArticles() {}
}
