package briefing.bench;

import static org.junit.jupiter.api.Assertions.*;

import briefing.job.RunOptions;
import briefing.summary.SummaryLength;
import briefing.testing.TestSpark;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark on tiny corpora generated from our own samples: every figure is there and adds up. */
class ThroughputBenchmarkTest {
    static final SparkSession spark = TestSpark.session();
    static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
    @TempDir Path work;

    @Test
    void measuresTheFloorAndTheJobForEachSizeAndReportsThemAsJson() throws Exception {
        ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(List.of(200L, 400L), work.toString(),
                ROOT.resolve("data/samples").toString(), 7, ROOT.resolve("models/topics").toString(),
                SummaryLength.sentences(RunOptions.DEFAULT_SUMMARY_SENTENCES), 50);
        List<String> progress = new ArrayList<>();
        List<SizeResult> results = new ThroughputBenchmark(spark).run(settings, progress::add);

        assertEquals(2, results.size());
        for (SizeResult r : results) {
            assertEquals(r.articles(), r.written() + r.rejected(), "every generated article is accounted for");
            assertTrue(r.floorSeconds() > 0 && r.jobSeconds() > 0, r.toString());
            assertEquals(r.jobSeconds() / r.floorSeconds(), r.ratioToFloor(), 1e-9);
            assertTrue(r.inputMib() > 0, r.toString());
            assertEquals(List.of("vectorise", "classify", "summarise"), List.copyOf(r.taskSeconds().keySet()));
            assertTrue(r.taskSeconds().get("summarise") > 0, r.toString());
            assertTrue(r.stageSeconds().containsKey("vectorise_classify_summarise_write"), r.stageSeconds().toString());
            assertTrue(r.output().jobMib() > r.output().floorMib(), "the job writes summaries and scores the floor leaves empty: " + r);
            assertTrue(r.output().readSeconds() > 0 && r.output().copySeconds() > 0, r.toString());
        }
        assertTrue(Files.exists(work.resolve("corpus-400/_SUCCESS")), "corpora are kept for the next run");
        assertEquals(results.get(1).written(), spark.read().parquet(work.resolve("copy-400").toString()).count(),
                "the copy holds the job's articles");
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("warming up")), progress.toString());

        JsonNode json = new ObjectMapper().readTree(BenchmarkReport.json(spark, results));
        assertEquals(2, json.get("sizes").size());
        assertEquals(400, json.get("sizes").get(1).get("articles").asLong());
        assertEquals(results.get(1).jobSeconds() / results.get(0).jobSeconds(), json.get("growth").get(0).get("time_ratio").asDouble(), 1e-3);
        assertTrue(json.get("machine").get("cores").asInt() >= 1);
        assertEquals(results.get(1).output().jobMib(), json.get("sizes").get(1).get("job_output_mib").asDouble(), 1e-3);
        String table = BenchmarkTable.of(results);
        assertTrue(table.contains("time(400) / time(200)"), table);
    }
}
