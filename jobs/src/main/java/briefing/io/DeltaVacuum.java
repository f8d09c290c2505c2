package briefing.io;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;

/**
 * Removes the files of the job's Delta tables that no version within the retention still uses: files a later run's
 * commit replaced, and files a killed run wrote but never committed. Versions older than the retention can no longer
 * be read after it (time travel needs their files).
 */
public final class DeltaVacuum {
    /** Delta's own default (delta.deletedFileRetentionDuration): seven days. */
    public static final double DEFAULT_RETAIN_HOURS = 168;
    /** Delta 4.1 ignores VACUUM's RETAIN clause (other than 0) unless this is off; the command's retention is meant. */
    static final String HONOUR_RETAIN = "spark.databricks.delta.vacuum.retentionWindowIgnore.enabled";
    /** VACUUM lists the table's folders in this many tasks: Spark's default, 10,000, takes half a minute for a small table. */
    static final String LISTING_TASKS = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

    private DeltaVacuum() {}

    /**
     * Vacuums {@code DIR/articles} and {@code DIR/rejects}. A retention under Delta's default is refused by Delta
     * unless {@code spark.databricks.delta.retentionDurationCheck.enabled=false}: a shorter one can delete the files
     * of a run writing at that moment.
     *
     * @return per table, the number of data files removed; a table that is not a Delta table is absent
     */
    public static Map<String, Long> vacuum(SparkSession spark, String output, double retainHours) throws IOException {
        Map<String, Long> removed = new LinkedHashMap<>();
        Map<String, String> settings = Map.of(HONOUR_RETAIN, "false", LISTING_TASKS, String.valueOf(spark.sparkContext().defaultParallelism()));
        Map<String, String> previous = new LinkedHashMap<>();
        settings.keySet().forEach(key -> previous.put(key, spark.conf().get(key, null)));
        settings.forEach(spark.conf()::set);
        try {
            for (String table : new String[] {OutputTables.ARTICLES, OutputTables.REJECTS}) {
                String path = new Path(output, table).toString();
                if (!DeltaTable.isDeltaTable(spark, path)) continue;
                long before = dataFiles(spark, path);
                DeltaTable.forPath(spark, path).vacuum(retainHours);
                removed.put(table, before - dataFiles(spark, path));
            }
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) spark.conf().unset(key);
                else spark.conf().set(key, value);
            });
        }
        return removed;
    }

    /** Files under the table's folder outside its transaction log. */
    static long dataFiles(SparkSession spark, String tablePath) throws IOException {
        Path root = new Path(tablePath);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        long n = 0;
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
            if (!files.next().getPath().toUri().getPath().contains("/_delta_log/")) n++;
        }
        return n;
    }
}
