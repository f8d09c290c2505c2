package briefing.io;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The records of one input, rows of the {@link RawArticles} shape, and how many records the input holds, counted from
 * the raw read (lines, files, Parquet rows) and not from the rows downstream, so the run can check that every
 * record came out the other end. The rows stay an RDD: the run validates them row by row before any query.
 */
public record InputBatch(JavaRDD<Row> records, long recordsRead) {
    /** The records as a DataFrame of the {@link RawArticles} shape. */
    public Dataset<Row> asDataset(SparkSession spark) {
        return spark.createDataFrame(records, RawArticles.SCHEMA);
    }
}
