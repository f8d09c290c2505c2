package briefing.job;

import static org.apache.spark.sql.functions.*;

import briefing.io.ArticleReader;
import briefing.io.ArticleValidator;
import briefing.io.OutputTables;
import briefing.io.TableWriter;
import briefing.model.ModelBundle;
import briefing.topics.Topics;
import briefing.vectorize.TextVectorizer;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The nightly job: read, validate, vectorise, classify, summarise, write, report. */
public final class BriefingRun {
    private final SparkSession spark;

    public BriefingRun(SparkSession spark) {
        this.spark = spark;
    }

    public RunReport run(RunOptions options) throws IOException {
        ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, options.modelDir()));
        String runId = newRunId();
        Timestamp processedAt = Timestamp.from(Instant.now());
        Date runDate = Date.valueOf(options.runDate());
        String articlesPath = options.output() + "/" + OutputTables.ARTICLES;
        String rejectsPath = options.output() + "/" + OutputTables.REJECTS;

        Dataset<Row> checked = ArticleValidator.check(new ArticleReader(spark).read(options.input(), options.inputFormat()));

        TableWriter.writeByRunDate(ArticleValidator.rejects(checked)
                .withColumn("run_id", lit(runId))
                .withColumn("processed_at", lit(processedAt))
                .withColumn(OutputTables.RUN_DATE, lit(runDate)), rejectsPath);

        Dataset<Row> vectorised = TextVectorizer.vectorise(model.vectorizer(), ArticleValidator.valid(checked))
                .select(col("id"), col("title"), col("text"), try_to_timestamp(col("published_at")).as("published_at"),
                        col("source"), col("url"), col(TextVectorizer.FEATURES));
        Broadcast<ModelPayload> payload = spark.sparkContext().broadcast(new ModelPayload(
                model.metadata().modelVersion(), model.topicModelProtobuf(), model.metadata().thresholds(),
                model.classifier().calibration(), model.vocabulary()),
                scala.reflect.ClassTag$.MODULE$.apply(ModelPayload.class));
        Dataset<Row> articles = vectorised.mapPartitions(
                new ArticleEnricher(payload, options.summarySentences(), runId, processedAt, runDate),
                Encoders.row(OutputTables.ARTICLES_SCHEMA));
        TableWriter.writeByRunDate(articles, articlesPath);

        return report(runId, options.runDate().toString(), model.metadata().modelVersion(), articlesPath, rejectsPath);
    }

    /** Counts from the written tables (Parquet footers and a small aggregate): nothing is collected but the counts. */
    private RunReport report(String runId, String runDate, String modelVersion, String articlesPath, String rejectsPath) throws IOException {
        Dataset<Row> articles = partition(articlesPath, runDate);
        Dataset<Row> rejects = partition(rejectsPath, runDate);
        long written = articles == null ? 0 : articles.count();
        long rejected = rejects == null ? 0 : rejects.count();
        Map<String, Long> topicCounts = new LinkedHashMap<>();
        for (String topic : Topics.ALL) topicCounts.put(topic, 0L);
        long withoutTopic = 0;
        if (articles != null) {
            for (Row r : articles.select(explode(col("topics")).as("topic")).groupBy("topic").count().collectAsList()) {
                topicCounts.put(r.getString(0), r.getLong(1));
            }
            withoutTopic = articles.where(size(col("topics")).equalTo(0)).count();
        }
        return new RunReport(runId, runDate, modelVersion, articlesPath, rejectsPath, written, rejected, topicCounts, withoutTopic);
    }

    private Dataset<Row> partition(String tablePath, String runDate) throws IOException {
        String path = tablePath + "/" + OutputTables.RUN_DATE + "=" + runDate;
        Path p = new Path(path);
        if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) return null;
        return spark.read().parquet(path);
    }

    static String newRunId() {
        String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        return time + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
