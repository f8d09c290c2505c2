package briefing.io;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a table partitioned by run date. Only the partitions present in the data are replaced (dynamic
 * partition overwrite), so re-running a date replaces that date and leaves every other date untouched.
 */
public final class TableWriter {
    private TableWriter() {}

    public static void writeByRunDate(Dataset<Row> rows, String tablePath) {
        rows.write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy(OutputTables.RUN_DATE)
                .parquet(tablePath);
    }
}
