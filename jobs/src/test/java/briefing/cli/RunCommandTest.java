package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's exit status for the reject budget, through the real job. */
class RunCommandTest {
    static final SparkSession spark = TestSpark.session();
    static final String MODEL = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize().resolve("models/topics").toString();
    @TempDir Path dir;

    private int run(String... args) throws Exception {
        RunCommand command = new RunCommand();
        return command.run(CommandLine.parse(args, command.flags()), spark);
    }

    @Test
    void aRunOverItsRejectBudgetWritesEverythingAndExitsThree() throws Exception {
        Path input = Files.writeString(dir.resolve("half-bad.jsonl"), """
                {"id": "a", "text": "The envoys met on Monday. They agreed to meet again."}
                {"id": "b", "text": "The ministers met on Tuesday. They did not agree."}
                not json at all
                """);
        String out = dir.resolve("out").toString();
        assertEquals(briefing.run.RunReport.REJECT_BUDGET_EXIT_STATUS, run("--input", input.toString(), "--output", out, "--model", MODEL,
                "--run-date", "2026-11-22"));
        assertEquals(2, spark.read().parquet(out + "/articles").count(), "the articles are written all the same");
        assertEquals(1, spark.read().parquet(out + "/rejects").count());
        try (Stream<Path> runs = Files.list(Path.of(out, "_runs"))) {
            List<Path> manifests = runs.toList();
            assertEquals(1, manifests.size());
            assertTrue(Files.readString(manifests.get(0)).contains("\"status\" : \"reject_budget_exceeded\""));
        }
        assertEquals(0, run("--input", input.toString(), "--output", out, "--model", MODEL, "--run-date", "2026-11-22",
                "--max-reject-ratio", "0.5"), "one in three is within a budget of one in two");
    }
}
