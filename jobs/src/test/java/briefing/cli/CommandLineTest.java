package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import briefing.io.TableFormat;
import briefing.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir Path dir;
    final RunCommand run = new RunCommand();

    private CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse(args, Main.flags(run));
    }

    @Test
    void configFileFillsInFlagsAndSparkSettingsAndTheCommandLineWins() throws Exception {
        Path config = Files.writeString(dir.resolve("nightly.properties"), """
                # nightly run
                input = /data/news/dt={run_date}/*.jsonl
                output = /data/briefing
                summary-sentences = 4
                spark.sql.shuffle.partitions = 64
                spark.executor.memory = 2g
                """);
        CommandLine line = parse("--config", config.toString(), "--output", "/elsewhere", "--conf", "spark.executor.memory=4g",
                "--run-date", "2026-11-20", "--model", "m");
        assertEquals("/elsewhere", line.get("output"), "a flag wins over the file");
        assertEquals("4", line.get("summary-sentences"));
        assertEquals(Map.of("spark.sql.shuffle.partitions", "64", "spark.executor.memory", "4g"), line.sparkConf(), "--conf wins over the file");
        RunOptions options = RunCommand.options(line);
        assertEquals("/data/news/dt=2026-11-20/*.jsonl", options.input(), "{run_date} is filled in");
        assertEquals(LocalDate.of(2026, 11, 20), options.runDate());
        assertEquals(4, options.summaryLength().maxSentences());
    }

    @Test
    void tableFormatIsParquetUnlessTheFlagOrTheConfigFileSaysDeltaWhichBringsDeltasSessionSettings() throws Exception {
        CommandLine plain = parse("--input", "a", "--output", "b", "--model", "m");
        assertEquals(TableFormat.PARQUET, RunCommand.options(plain).tableFormat());
        assertEquals(Map.of(), run.sparkSettings(plain), "a Parquet run does not need Delta on the class path");

        Path config = Files.writeString(dir.resolve("delta.properties"), "table-format = delta\n");
        CommandLine delta = parse("--input", "a", "--output", "b", "--model", "m", "--config", config.toString());
        assertEquals(TableFormat.DELTA, RunCommand.options(delta).tableFormat());
        assertEquals("io.delta.sql.DeltaSparkSessionExtension", run.sparkSettings(delta).get("spark.sql.extensions"));
        assertEquals(TableFormat.PARQUET, RunCommand.options(parse("--input", "a", "--output", "b", "--model", "m",
                "--config", config.toString(), "--table-format", "parquet")).tableFormat(), "the flag wins");

        UsageException e = assertThrows(UsageException.class, () -> RunCommand.options(parse("--input", "a", "--output", "b", "--model", "m",
                "--table-format", "orc")));
        assertTrue(e.getMessage().contains("use parquet or delta"), e.getMessage());
    }

    @Test
    void confIsRepeatableAndMustBeKeyValue() throws Exception {
        CommandLine line = parse("--input", "a", "--output", "b", "--conf", "spark.a=1", "--conf=spark.b=2");
        assertEquals(Map.of("spark.a", "1", "spark.b", "2"), line.sparkConf());
        UsageException e = assertThrows(UsageException.class, () -> parse("--input", "a", "--output", "b", "--conf", "nokey"));
        assertTrue(e.getMessage().contains("key=value"));
    }

    @Test
    void unknownSettingsInTheConfigFileAreUsageErrors() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.properties"), "inptu = typo\n");
        UsageException e = assertThrows(UsageException.class, () -> parse("--input", "a", "--output", "b", "--config", config.toString()));
        assertTrue(e.getMessage().contains("unknown setting 'inptu'"), e.getMessage());
        assertThrows(UsageException.class, () -> parse("--input", "a", "--output", "b", "--config", dir.resolve("missing").toString()));
    }

    @Test
    void aRequiredFlagMayComeFromTheConfigFile() throws Exception {
        Path config = Files.writeString(dir.resolve("c.properties"), "input = in.jsonl\noutput = out\n");
        CommandLine line = parse("--config", config.toString());
        assertEquals("in.jsonl", line.get("input"));
        assertThrows(UsageException.class, () -> parse("--output", "out"));
    }
}
