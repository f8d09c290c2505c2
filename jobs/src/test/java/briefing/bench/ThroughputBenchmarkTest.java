package briefing.bench;

import static org.junit.jupiter.api.Assertions.*;

import briefing.run.RunManifest;
import briefing.run.RunOptions;
import briefing.summary.SummaryLength;
import briefing.testing.TestSpark;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark on two tiny corpora generated from our own samples (no warm-up: two job runs are what a growth figure
 * needs): every figure it reports is checked against what it measured, counted again from the tables it wrote, the
 * folders' sizes on disk and the run manifests.
 */
class ThroughputBenchmarkTest {
    static final SparkSession spark = TestSpark.session();
    static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
    static final List<Long> SIZES = List.of(100L, 200L);
    static final String RUN_DATE = "run_date=2026-01-01";

    @TempDir static Path work;
    static List<SizeResult> results;
    static List<String> progress = new ArrayList<>();

    @BeforeAll
    static void runTheBenchmark() throws IOException {
        ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(SIZES, work.toString(),
                ROOT.resolve("data/samples").toString(), 7, ROOT.resolve("models/topics").toString(),
                SummaryLength.sentences(RunOptions.DEFAULT_SUMMARY_SENTENCES), 0);
        results = new ThroughputBenchmark(spark).run(settings, progress::add);
    }

    @Test
    void countsAddUpToTheGeneratedCorpusAndTheTablesWritten() {
        assertEquals(SIZES, results.stream().map(SizeResult::articles).toList());
        for (SizeResult r : results) {
            long n = r.articles();
            assertEquals(n, spark.read().json(work.resolve("corpus-" + n).toString()).count(), "the corpus holds the size asked for");
            assertEquals(n, r.written() + r.rejected(), "every generated article is accounted for: " + r);
            assertEquals(r.written(), rows("out-" + n + "/articles/" + RUN_DATE), "written is the articles table's rows");
            assertEquals(r.written(), rows("copy-" + n + "/" + RUN_DATE), "the copy holds the job's articles");
            assertEquals(r.written(), rows("floor-" + n + "/" + RUN_DATE), "the floor writes a row for each article the job writes");
            assertTrue(r.generateSeconds() > 0, "the corpus was generated in this run: " + r);
            assertTrue(Files.exists(work.resolve("corpus-" + n + "/_SUCCESS")), "corpora are kept for the next run");
        }
        assertTrue(progress.stream().noneMatch(p -> p.startsWith("warming up")), "no warm-up was asked for: " + progress);
    }

    @Test
    void sizesAreThoseOfTheFoldersOnDisk() throws IOException {
        for (SizeResult r : results) {
            long n = r.articles();
            assertEquals(mib("corpus-" + n), r.inputMib(), 1e-9, "input");
            assertEquals(mib("floor-" + n), r.output().floorMib(), 1e-9, "floor output");
            assertEquals(mib("copy-" + n), r.output().jobMib(), 1e-9, "job output, as copied");
            assertTrue(r.output().jobMib() > r.output().floorMib(), "the job writes summaries and scores the floor leaves empty: " + r);
            assertEquals(r.inputMib() / r.jobSeconds(), r.mibPerSecond(), 1e-9);
        }
    }

    @Test
    void timesAreTheJobsOwnAndEachFitsInsideItsWallTime() throws IOException {
        for (SizeResult r : results) {
            long n = r.articles();
            Map<String, Double> manifest = manifest("out-" + n).stageSeconds();
            assertEquals(List.copyOf(manifest.keySet()), List.copyOf(r.stageSeconds().keySet()), "the stages of the run's manifest");
            manifest.forEach((stage, s) -> assertEquals(s, r.stageSeconds().get(stage), 1e-3, stage));
            // Each stage is part of the job; their sum is not bounded by it, since the model loads beside the read.
            r.stageSeconds().forEach((stage, s) -> assertTrue(s >= 0 && s <= r.jobSeconds(), stage + " ran inside the job's wall time: " + r));
            assertEquals(List.of("vectorise", "classify", "summarise"), List.copyOf(r.taskSeconds().keySet()));
            r.taskSeconds().values().forEach(s -> assertTrue(s >= 0, r.toString()));
            assertTrue(r.taskSeconds().get("summarise") > 0, "every article was summarised: " + r);
            assertTrue(r.floorSeconds() > 0 && r.output().readSeconds() > 0 && r.output().copySeconds() > 0, r.toString());
            assertEquals(r.jobSeconds() / r.floorSeconds(), r.ratioToFloor(), 1e-9);
            assertEquals(n / r.jobSeconds(), r.articlesPerSecond(), 1e-9);
            assertTrue(r.floorHeapMib() >= 0 && r.jobHeapMib() >= 0, r.toString());
        }
    }

    @Test
    void theJsonAndTheTableReportWhatWasMeasured() throws Exception {
        JsonNode json = new ObjectMapper().readTree(BenchmarkReport.json(spark, results));
        assertEquals(results.size(), json.get("sizes").size());
        for (int i = 0; i < results.size(); i++) {
            SizeResult r = results.get(i);
            JsonNode row = json.get("sizes").get(i);
            assertEquals(r.articles(), row.get("articles").asLong());
            assertEquals(r.written(), row.get("written").asLong());
            assertEquals(r.rejected(), row.get("rejected").asLong());
            assertEquals(r.inputMib(), row.get("input_mib").asDouble(), 1e-3);
            assertEquals(r.jobSeconds(), row.get("job_seconds").asDouble(), 1e-3);
            assertEquals(r.ratioToFloor(), row.get("ratio_to_floor").asDouble(), 1e-3);
            assertEquals(r.output().floorMib(), row.get("floor_output_mib").asDouble(), 1e-3);
            assertEquals(r.output().jobMib(), row.get("job_output_mib").asDouble(), 1e-3);
            assertEquals(r.output().writeSeconds(), row.get("job_output_write_seconds").asDouble(), 2e-3);
            assertEquals(r.stageSeconds().keySet().size(), row.get("stage_seconds").size());
        }
        JsonNode growth = json.get("growth").get(0);
        assertEquals(100, growth.get("from").asLong());
        assertEquals(200, growth.get("to").asLong());
        assertEquals(results.get(1).jobSeconds() / results.get(0).jobSeconds(), growth.get("time_ratio").asDouble(), 1e-3);
        assertEquals(Runtime.getRuntime().availableProcessors(), json.get("machine").get("cores").asInt());
        assertEquals(spark.version(), json.get("machine").get("spark").asText());

        String table = BenchmarkTable.of(results);
        for (SizeResult r : results) assertTrue(table.contains(BenchmarkTable.row(r)), table);
        assertTrue(table.contains(String.format(Locale.ROOT, "time(200) / time(100) = %.2f for 2.0x the articles",
                results.get(1).jobSeconds() / results.get(0).jobSeconds())), table);
    }

    private static long rows(String parquetFolder) {
        return spark.read().parquet(work.resolve(parquetFolder).toString()).count();
    }

    /** The data files under a folder, in MiB, as Hadoop counts them (its hidden .crc files left out). */
    private static double mib(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve(folder))) {
            long bytes = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .mapToLong(p -> p.toFile().length()).sum();
            return bytes / (1024.0 * 1024.0);
        }
    }

    private static RunManifest manifest(String output) throws IOException {
        try (Stream<Path> runs = Files.list(work.resolve(output).resolve(RunManifest.RUNS_DIR))) {
            List<Path> manifests = runs.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(1, manifests.size(), manifests.toString());
            return RunManifest.fromJson(Files.readString(manifests.get(0)));
        }
    }
}
