import org.apache.spark.sql.SparkSession;

/**
 * Reads a `briefing run` output folder's articles table and writes its summaries as one JSON file per line:
 * {article_id, title, summary, summary_sentences, topic_summaries}. Run by export.sh with the job's classpath.
 */
public class ExportSummaries {
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExportSummaries RUN_OUTPUT_DIR OUT_DIR");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("export-summaries").master("local[1]")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.read().parquet(args[0] + "/articles")
                .selectExpr("article_id as id", "title", "summary", "summary_sentences", "topic_summaries")
                .coalesce(1).write().mode("overwrite").json(args[1]);
        spark.stop();
    }
}
