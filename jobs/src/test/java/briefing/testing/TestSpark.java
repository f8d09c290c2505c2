package briefing.testing;

import briefing.io.DeltaLake;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for the whole test run (starting one takes seconds): {@code local[2]}, no UI, few
 * shuffle partitions, Delta Lake's session settings (as a run with --table-format delta has) and few partitions for
 * Delta's log replay (its default, 50, is for large tables). It stops when the test JVM exits.
 */
public final class TestSpark {
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            SparkSession.Builder builder = SparkSession.builder();
            DeltaLake.sessionSettings(new SparkConf()).forEach(builder::config);
            session = builder
                    .master("local[2]")
                    .appName("briefing-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.databricks.delta.snapshotPartitions", "2")
                    .getOrCreate();
        }
        return session;
    }
}
