package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "train", "evaluate"}) {
            out.reset();
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: briefing " + command), out.toString());
        }
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("evaluate"));
    }

    @Test
    void unknownFlagIsAUsageError() {
        assertEquals(2, run("run", "--input", "a.jsonl", "--output", "out", "--colour", "red"));
        assertTrue(stderr().contains("unknown flag --colour"), stderr());
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(2, run("run", "--input", "a.jsonl"));
        assertTrue(stderr().contains("missing --output"), stderr());
        err.reset();
        assertEquals(2, run("train", "--labels"));
        assertTrue(stderr().contains("--labels needs a value"), stderr());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(2, run("run", "--input", "a", "--output", "b", "--run-date", "22/11/2026", "--model", "m"));
        assertTrue(stderr().contains("YYYY-MM-DD"), stderr());
        assertEquals(2, run("run", "--input", "a", "--output", "b", "--summary-sentences", "0", "--model", "m"));
        assertEquals(2, run("run", "--input", "a", "--output", "b", "--input-format", "xml", "--model", "m"));
        assertEquals(2, run("run", "--input", "a", "--output", "b", "--max-reject-ratio", "1.5", "--model", "m"));
        assertTrue(stderr().contains("--max-reject-ratio must be from 0 to 1, got 1.5"), stderr());
        assertEquals(2, run("run", "--input", "a", "--output", "b", "--max-reject-ratio", "lots", "--model", "m"));
        assertEquals(2, run("evaluate", "--labels", "l.jsonl"));
        assertTrue(stderr().contains("give either --model DIR, or --folds K and/or --time-split DATE"), stderr());
        assertEquals(2, run("evaluate", "--labels", "l.jsonl", "--folds", "1"));
        assertEquals(2, run("train", "--labels", "l.jsonl", "--model-out", "m", "--trainer", "sgd"));
        assertTrue(stderr().contains("unknown flag --trainer"), stderr());
        // The job would refuse to load a model whose title counts 0 times: training refuses to make one (VectorizerSettingsTest).
        assertEquals(2, run("train", "--labels", "l.jsonl", "--model-out", "m", "--title-weight", "0"));
        assertTrue(stderr().contains("--title-weight must be from 1 to 100, got 0"), stderr());
        assertEquals(2, run("evaluate", "--labels", "l.jsonl", "--folds", "5", "--title-weight", "0"));
        assertEquals(2, run("train", "--labels", "l.jsonl", "--model-out", "m", "--cost", "0"));
        assertTrue(stderr().contains("--cost must be positive, got 0.0"), stderr());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("summarise"));
        assertTrue(stderr().contains("unknown command 'summarise'"));
    }

    @Test
    void withoutAMasterItSaysHowToLaunch() {
        assertNull(System.getProperty("spark.master"), "this test needs no spark.master system property");
        assertEquals(2, run("run", "--input", "a.jsonl", "--output", "out", "--model", "m"));
        assertTrue(stderr().contains("bin/briefing"), stderr());
    }

    @Test
    void onlyJava17To24IsAccepted() {
        assertNull(Main.unsupportedJava(17));
        assertNull(Main.unsupportedJava(21));
        assertTrue(Main.unsupportedJava(25).contains("JDK 17 or 21"));
        assertNotNull(Main.unsupportedJava(11));
    }
}
