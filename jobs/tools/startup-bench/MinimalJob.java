import org.apache.spark.sql.SparkSession;

/**
 * The least a local Spark job can do with the README's input: start a session, read the JSONL, write it as Parquet,
 * stop. The floor the README's run is compared with (run.sh). Usage: MinimalJob INPUT_JSONL OUTPUT_DIR.
 */
public final class MinimalJob {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("minimal job").getOrCreate();
        try {
            spark.read().json(args[0]).write().mode("overwrite").parquet(args[1]);
        } finally {
            spark.stop();
        }
    }
}
