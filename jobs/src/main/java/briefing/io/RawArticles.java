package briefing.io;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The common shape every input format is read into, before validation: all fields as text, the file each record
 * came from, and, for records that could not be parsed, the raw record.
 */
public final class RawArticles {
    public static final String CORRUPT = "_corrupt_record";
    public static final String SOURCE_FILE = "source_file";

    /** The JSONL fields, all read as strings so that one odd value cannot fail the batch. */
    public static final StructType JSON_FIELDS = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType);

    public static final StructType SCHEMA = JSON_FIELDS
            .add(CORRUPT, DataTypes.StringType)
            .add(SOURCE_FILE, DataTypes.StringType);

    private RawArticles() {}
}
