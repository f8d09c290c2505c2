package briefing.run;

import static org.apache.spark.sql.functions.*;

import briefing.io.ArticleReader;
import briefing.io.ArticleValidator;
import briefing.io.DeltaLake;
import briefing.io.DeltaPublisher;
import briefing.io.InputBatch;
import briefing.io.OutputTables;
import briefing.io.RawArticles;
import briefing.io.StagedOutput;
import briefing.io.TableFormat;
import briefing.io.HadoopFiles;
import briefing.model.ModelBundle;
import briefing.model.SummaryModel;
import briefing.model.ModelLoadException;
import briefing.model.ModelMetadata;
import briefing.summary.TopicFocus;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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
        PhaseTimers phases = new PhaseTimers(spark.sparkContext());
        String runId = newRunId();
        Instant startedAt = Instant.now();
        String runDate = options.runDate().toString();
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        StagedOutput output = new StagedOutput(spark.sparkContext().hadoopConfiguration(), options.output(), runId, runDate);
        StageTimes stages = new StageTimes();
        RunFacts facts = new RunFacts();
        ModelDecoding model = null;
        try {
            // Everything that can be refused is checked before any work: the input, the model, the output.
            ArticleReader reader = new ArticleReader(spark);
            stages.time("check", () -> {
                reader.requireExists(options.input());
                if (options.tableFormat() == TableFormat.DELTA) DeltaLake.requireOnClassPath();
                return null;
            });
            SummaryModel.CheckedFiles summaryFiles = stages.time("check", () ->
                    SummaryModel.check(spark.sparkContext().hadoopConfiguration(), options.summaryModelDir()));
            facts.summaryModel = summaryFiles;
            ModelBundle.CheckedFiles modelFiles = stages.time("check", () -> {
                ModelBundle.CheckedFiles checked = ModelBundle.check(spark, ModelBundle.resolve(spark, options.modelDir()));
                facts.model = checked.metadata();
                facts.modelSha256 = HadoopFiles.sha256(checked.json());
                output.prepare();
                return checked;
            });
            spark.sparkContext().setJobGroup(runId, "briefing run " + runId, false);
            model = ModelDecoding.start(modelFiles, summaryFiles, stages, spark.sparkContext(), runId);

            InputBatch input = stages.time("read", () -> reader.readBatch(options.input(), options.inputFormat()));
            WrittenCounts.Counted staged = writeTables(input, model, options, runId, Timestamp.from(startedAt),
                    Date.valueOf(options.runDate()), output, phases, stages);
            facts.staged = staged;
            facts.counts = new RunManifest.Counts(input.recordsRead(), staged.written(), staged.rejected(), staged.rejectedByReason());
            facts.counts.requireBalanced();
            stages.time("publish", () -> {
                if (options.tableFormat() == TableFormat.DELTA) publishDelta(output, runId, startedAt, options, facts);
                else output.publish(OutputTables.ARTICLES, OutputTables.REJECTS);
                return null;
            });

            RunManifest.Counts counts = facts.counts;
            String status = counts.rejectRatio() > options.maxRejectRatio() ? RunManifest.REJECT_BUDGET_EXCEEDED : RunManifest.SUCCEEDED;
            String manifestPath = manifest(runId, status, startedAt, options, facts, stages, null).write(files);
            return new RunReport(runId, runDate, facts.model.modelVersion(), output.tablePath(OutputTables.ARTICLES), output.tablePath(OutputTables.REJECTS),
                    counts.written(), counts.rejected(), staged.topicCounts(), staged.withoutTopic(),
                    counts.read(), counts.rejectedByReason(), status, manifestPath,
                    stages.seconds(), phases.seconds(), (System.nanoTime() - started) / 1e9, facts.tableVersions);
        } catch (Exception e) {
            // A corrupt model cancels the run's jobs: its own error says what went wrong, the cancellation does not.
            ModelLoadException modelFailure = model == null ? null : model.failure();
            Exception reported = modelFailure != null ? modelFailure : e;
            try {
                manifest(runId, RunManifest.FAILED, startedAt, options, facts, stages, String.valueOf(reported.getMessage())).write(files);
            } catch (IOException | RuntimeException manifestFailure) {
                reported.addSuppressed(manifestFailure);
            }
            if (modelFailure != null) throw modelFailure;
            throw e;
        } finally {
            spark.sparkContext().clearJobGroup();
            output.discard();
        }
    }

    /** What the run has learnt so far, for the manifest: a failed run reports as much as it got to. */
    private static final class RunFacts {
        ModelMetadata model;
        String modelSha256;
        SummaryModel.CheckedFiles summaryModel;
        WrittenCounts.Counted staged;
        RunManifest.Counts counts;
        /** Delta only: the version of each table this run committed, in the order committed. */
        Map<String, Long> tableVersions;
    }

    /** One commit per table, articles first; each commit holds exactly the staged rows that were counted. */
    private void publishDelta(StagedOutput output, String runId, Instant startedAt, RunOptions options, RunFacts facts) throws IOException {
        DeltaPublisher delta = new DeltaPublisher(spark, options.output(), options.runDate(), runId, startedAt);
        facts.tableVersions = new LinkedHashMap<>();
        Date runDate = Date.valueOf(options.runDate());
        facts.tableVersions.put(OutputTables.ARTICLES, delta.publish(OutputTables.ARTICLES,
                staged(output.stagingPath(OutputTables.ARTICLES), OutputTables.ARTICLES_SCHEMA, runDate)));
        facts.tableVersions.put(OutputTables.REJECTS, delta.publish(OutputTables.REJECTS,
                staged(output.stagingPath(OutputTables.REJECTS), OutputTables.REJECTS_SCHEMA, runDate)));
    }

    /** A staged partition's rows with the table's columns (run_date from the partition), empty when the run wrote none. */
    private Dataset<Row> staged(String partitionPath, StructType schema, Date runDate) throws IOException {
        Dataset<Row> rows = exists(partitionPath) ? staged(partitionPath, schema)
                : spark.createDataFrame(List.of(), fileColumns(schema));
        return rows.withColumn(OutputTables.RUN_DATE, lit(runDate));
    }

    /** Validates, then writes the rejects and the articles to the staging area; returns what was written, counted while writing. */
    private WrittenCounts.Counted writeTables(InputBatch input, ModelDecoding decoding, RunOptions options, String runId, Timestamp processedAt, Date runDate,
                             StagedOutput output, PhaseTimers phases, StageTimes stages) throws IOException {
        // Validated once and kept on local disk: the duplicate check, the rejects and the articles all read it, and on
        // disk it holds no executor memory however big the batch.
        Dataset<Row> validated = ArticleValidator.validate(spark, input.records()).persist(StorageLevel.DISK_ONLY());
        Broadcast<ModelPayload> payload = null;
        WrittenCounts written = new WrittenCounts(runId);
        try {
            ArticleValidator.Checked validation = stages.time("validate", () -> ArticleValidator.checkIds(validated));
            Dataset<Row> checked = validation.records();
            ModelDecoding.Decoded models = stages.time("wait_model", decoding::await);
            ModelBundle model = models.topics();
            stages.time("write_rejects", () -> {
                if (validation.anyRejects()) output.write(OutputTables.REJECTS, written.rejects(ArticleValidator.rejects(checked)
                        .withColumn("run_id", lit(runId))
                        .withColumn("processed_at", lit(processedAt))
                        .withColumn(OutputTables.RUN_DATE, lit(runDate))));
                return null;
            });

            Dataset<Row> valid = ArticleValidator.valid(checked)
                    .select(col("id"), col("title"), col("text"), try_to_timestamp(col("published_at")).as("published_at"),
                            col("source"), col("url"), col(ArticleValidator.LANGUAGE), col(RawArticles.FLAGS));
            payload = spark.sparkContext().broadcast(new ModelPayload(model.metadata().modelVersion(), model.pipeline().vectorizer(),
                    model.classifier(), model.pipeline().corpusStatistics(), new TopicFocus(model.classifier().termWeights()),
                    models.scorer()),
                    scala.reflect.ClassTag$.MODULE$.apply(ModelPayload.class));
            Dataset<Row> articles = valid.mapPartitions(
                    new ArticleEnricher(payload, options.summaryLength(), runId, processedAt, runDate).timing(phases),
                    Encoders.row(OutputTables.ARTICLES_SCHEMA));
            stages.time("vectorise_classify_summarise_write", () -> {
                output.write(OutputTables.ARTICLES, written.articles(articles));
                return null;
            });
            try {
                return written.counted();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the written rows were counted", e);
            }
        } finally {
            if (payload != null) payload.destroy();
            validated.unpersist();
        }
    }

    private RunManifest manifest(String runId, String status, Instant startedAt, RunOptions options, RunFacts facts, StageTimes stages,
                                 String error) {
        RunManifest.Counts counts = facts.counts;
        return new RunManifest(runId, status, startedAt.toString(), Instant.now().toString(), options.input(), options.output(),
                options.runDate().toString(), facts.model == null ? null : facts.model.modelVersion(), counts, options.maxRejectRatio(),
                counts == null ? null : counts.rejectRatio(), error,
                spark.version(), spark.sparkContext().applicationId(), facts.modelSha256,
                facts.staged == null ? null : facts.staged.topicCounts(), facts.staged == null ? null : facts.staged.withoutTopic(),
                stages.seconds(), options.tableFormat().flagValue(), facts.tableVersions,
                facts.summaryModel == null ? null : facts.summaryModel.metadata().modelVersion(),
                facts.summaryModel == null ? null : HadoopFiles.sha256(facts.summaryModel.json()));
    }

    /** A staged partition's rows, read with the table's own columns (no schema inference, no footer merging). */
    private Dataset<Row> staged(String partitionPath, StructType schema) {
        return spark.read().schema(fileColumns(schema)).parquet(partitionPath);
    }

    private static StructType fileColumns(StructType schema) {
        return new StructType(Arrays.stream(schema.fields())
                .filter(f -> !f.name().equals(OutputTables.RUN_DATE)).toArray(StructField[]::new));
    }

    private boolean exists(String path) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    }

    static String newRunId() {
        String time = StagedOutput.RUN_ID_TIME.format(Instant.now());
        return time + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
