package briefing.job;

import static org.apache.spark.sql.functions.*;

import briefing.io.ArticleReader;
import briefing.io.ArticleValidator;
import briefing.io.InputBatch;
import briefing.io.OutputTables;
import briefing.io.RawArticles;
import briefing.io.StagedOutput;
import briefing.model.HadoopFiles;
import briefing.model.ModelBundle;
import briefing.summary.TopicFocus;
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
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The nightly job: check, read, validate, vectorise, classify, summarise, write, account, publish, report. Every
 * input record ends in the articles or the rejects table; the run checks that against its own count of the
 * input and writes a {@link RunManifest}, also when it fails.
 */
public final class BriefingRun {
    private final SparkSession spark;

    public BriefingRun(SparkSession spark) {
        this.spark = spark;
    }

    public RunReport run(RunOptions options) throws IOException {
        long started = System.nanoTime();
        LongAccumulator summarisingNanos = spark.sparkContext().longAccumulator("summarising ns");
        String runId = newRunId();
        Instant startedAt = Instant.now();
        String runDate = options.runDate().toString();
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        StagedOutput output = new StagedOutput(spark.sparkContext().hadoopConfiguration(), options.output(), runId, runDate);
        String modelVersion = null;
        RunManifest.Counts counts = null;
        try {
            // Everything that can be refused is checked before any work: the input, the model, the output.
            ArticleReader reader = new ArticleReader(spark);
            reader.requireExists(options.input());
            ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, options.modelDir()));
            modelVersion = model.metadata().modelVersion();
            output.prepare();

            InputBatch input = reader.readBatch(options.input(), options.inputFormat());
            writeTables(input, model, options, runId, Timestamp.from(startedAt), Date.valueOf(options.runDate()), output, summarisingNanos);
            StagedCounts staged = count(output.stagingPath(OutputTables.ARTICLES), output.stagingPath(OutputTables.REJECTS));
            counts = new RunManifest.Counts(input.recordsRead(), staged.written, staged.rejected, staged.rejectedByReason);
            counts.requireBalanced();
            output.publish(OutputTables.ARTICLES, OutputTables.REJECTS);

            double ratio = counts.rejectRatio();
            String status = ratio > options.maxRejectRatio() ? RunManifest.REJECT_BUDGET_EXCEEDED : RunManifest.SUCCEEDED;
            RunManifest manifest = manifest(runId, status, startedAt, options, modelVersion, counts, null);
            String manifestPath = manifest.write(files);
            return new RunReport(runId, runDate, modelVersion, output.tablePath(OutputTables.ARTICLES), output.tablePath(OutputTables.REJECTS),
                    counts.written(), counts.rejected(), staged.topicCounts, staged.withoutTopic,
                    counts.read(), counts.rejectedByReason(), status, manifestPath,
                    summarisingNanos.value() / 1e9, (System.nanoTime() - started) / 1e9);
        } catch (Exception e) {
            try {
                manifest(runId, RunManifest.FAILED, startedAt, options, modelVersion, counts, String.valueOf(e.getMessage())).write(files);
            } catch (IOException | RuntimeException manifestFailure) {
                e.addSuppressed(manifestFailure);
            }
            throw e;
        } finally {
            output.discard();
        }
    }

    private void writeTables(InputBatch input, ModelBundle model, RunOptions options, String runId, Timestamp processedAt, Date runDate,
                             StagedOutput output, LongAccumulator summarisingNanos) {
        Dataset<Row> checked = ArticleValidator.check(input.records()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            output.write(OutputTables.REJECTS, ArticleValidator.rejects(checked)
                    .withColumn("run_id", lit(runId))
                    .withColumn("processed_at", lit(processedAt))
                    .withColumn(OutputTables.RUN_DATE, lit(runDate)));

            Dataset<Row> vectorised = TextVectorizer.vectorise(model.vectorizer(), ArticleValidator.valid(checked))
                    .select(col("id"), col("title"), col("text"), try_to_timestamp(col("published_at")).as("published_at"),
                            col("source"), col("url"), col(TextVectorizer.FEATURES),
                            col(ArticleValidator.LANGUAGE), col(RawArticles.FLAGS));
            Broadcast<ModelPayload> payload = spark.sparkContext().broadcast(new ModelPayload(
                    model.metadata().modelVersion(), model.topicModelProtobuf(), model.metadata().thresholds(), model.vocabulary(),
                    SummaryResources.corpusStatistics(model), new TopicFocus(model.classifier().termWeights())),
                    scala.reflect.ClassTag$.MODULE$.apply(ModelPayload.class));
            Dataset<Row> articles = vectorised.mapPartitions(
                    new ArticleEnricher(payload, options.summaryLength(), runId, processedAt, runDate).timing(summarisingNanos),
                    Encoders.row(OutputTables.ARTICLES_SCHEMA));
            output.write(OutputTables.ARTICLES, articles);
        } finally {
            checked.unpersist();
        }
    }

    private static RunManifest manifest(String runId, String status, Instant startedAt, RunOptions options, String modelVersion,
                                        RunManifest.Counts counts, String error) {
        return new RunManifest(runId, status, startedAt.toString(), Instant.now().toString(), options.input(), options.output(),
                options.runDate().toString(), modelVersion, counts, options.maxRejectRatio(),
                counts == null ? null : counts.rejectRatio(), error);
    }

    private record StagedCounts(long written, long rejected, Map<String, Long> rejectedByReason, Map<String, Long> topicCounts, long withoutTopic) {}

    /** Counts from the written tables (Parquet footers and small aggregates): nothing is collected but the counts. */
    private StagedCounts count(String articlesPartition, String rejectsPartition) throws IOException {
        Dataset<Row> articles = partition(articlesPartition);
        Dataset<Row> rejects = partition(rejectsPartition);
        long written = articles == null ? 0 : articles.count();
        Map<String, Long> byReason = new TreeMap<>();
        if (rejects != null) {
            for (Row r : rejects.groupBy("reason").count().collectAsList()) byReason.put(r.getString(0), r.getLong(1));
        }
        long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> topicCounts = new LinkedHashMap<>();
        for (String topic : Topics.ALL) topicCounts.put(topic, 0L);
        long withoutTopic = 0;
        if (articles != null) {
            for (Row r : articles.select(explode(col("topics")).as("topic")).groupBy("topic").count().collectAsList()) {
                topicCounts.put(r.getString(0), r.getLong(1));
            }
            withoutTopic = articles.where(size(col("topics")).equalTo(0)).count();
        }
        return new StagedCounts(written, rejected, byReason, topicCounts, withoutTopic);
    }

    private Dataset<Row> partition(String path) throws IOException {
        Path p = new Path(path);
        if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) return null;
        return spark.read().parquet(path);
    }

    static String newRunId() {
        String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        return time + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
