package briefing.io;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The records of one input, in the {@link RawArticles} shape, and how many records the input holds, counted from
 * the raw read (lines, files, Parquet rows) and not from the rows downstream, so the run can check that every
 * record came out the other end.
 */
public record InputBatch(Dataset<Row> records, long recordsRead) {}
