package briefing.testing;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for the whole test run (starting one takes seconds): {@code local[2]}, no UI, few
 * shuffle partitions. It stops when the test JVM exits.
 */
public final class TestSpark {
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("briefing-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        }
        return session;
    }
}
