package briefing.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * What a Spark session needs for Delta Lake, kept apart from the classes that use Delta's API so that a Parquet run
 * never loads them: the shaded jar leaves Delta out, and a cluster without it still runs the Parquet path.
 */
public final class DeltaLake {
    /** The Maven coordinates a cluster adds (spark-submit --packages) for Spark 4.1 / Scala 2.13. */
    public static final String PACKAGE = "io.delta:delta-spark_4.1_2.13:4.1.0";
    static final String EXTENSIONS = "spark.sql.extensions";
    static final String EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
    static final String CATALOG = "spark.sql.catalog.spark_catalog";

    private DeltaLake() {}

    /**
     * The session settings Delta's writes, history and VACUUM require, merged with extensions already set (e.g.
     * by spark-submit --conf), so that none is dropped.
     */
    public static Map<String, String> sessionSettings(SparkConf existing) {
        Map<String, String> settings = new LinkedHashMap<>();
        String extensions = existing.get(EXTENSIONS, "").trim();
        settings.put(EXTENSIONS, extensions.isEmpty() ? EXTENSION
                : extensions.contains(EXTENSION) ? extensions : extensions + "," + EXTENSION);
        settings.put(CATALOG, existing.get(CATALOG, "org.apache.spark.sql.delta.catalog.DeltaCatalog"));
        return settings;
    }

    /** Fails with what to add when Delta Lake is not on the class path (a cluster whose submit lacks the package). */
    public static void requireOnClassPath() {
        try {
            Class.forName("io.delta.tables.DeltaTable", false, DeltaLake.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("--table-format delta needs Delta Lake on the class path: add "
                    + "--packages " + PACKAGE + " to spark-submit (or --jars with delta-spark_4.1_2.13-4.1.0.jar and "
                    + "delta-storage-4.1.0.jar)");
        }
    }
}
