package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a deployment gets it: spark-submit (SparkSubmit from Spark's own jars, which do not hold the
 * jar's dependencies) runs the samples with no --model and no project home, so the model must come from the jar;
 * --model still overrides it. Runs after the shade (mvn verify), as *IT.
 */
class ShadedJarIT {
    static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
    static final SparkSession spark = TestSpark.session();
    @TempDir Path dir;

    @Test
    void theJarRunsTheSamplesWithItsOwnModelAndAnotherWhenGivenOne() throws Exception {
        Path samples = ROOT.resolve("data/samples/articles.jsonl");
        String out = dir.resolve("bundled").toString();
        String log = submit("run", "--input", samples.toString(), "--output", out, "--run-date", "2026-11-22");
        String latest = Files.readString(ROOT.resolve("models/topics/LATEST")).trim();
        assertTrue(log.contains("model topics-" + latest + ")"), log);
        List<Row> rows = spark.read().parquet(out + "/articles").select("model_version").collectAsList();
        assertEquals(Files.readAllLines(samples).size(), rows.size());
        for (Row r : rows) assertEquals("topics-" + latest, r.getString(0));

        // --model overrides: the same model under another version name.
        Path other = dir.resolve("models/v99");
        org.apache.commons.io.FileUtils.copyDirectory(ROOT.resolve("models/topics/" + latest).toFile(), other.toFile());
        Path json = other.resolve("model.json");
        Files.writeString(json, Files.readString(json).replace("\"model_version\" : \"topics-" + latest + "\"", "\"model_version\" : \"topics-v99\""));
        String overridden = dir.resolve("overridden").toString();
        log = submit("run", "--input", samples.toString(), "--output", overridden, "--run-date", "2026-11-22", "--model", other.toString());
        assertTrue(log.contains("model topics-v99)"), log);
        assertEquals("topics-v99", spark.read().parquet(overridden + "/articles").select("model_version").first().getString(0));
    }

    /** spark-submit of the shaded jar, from a folder outside the project, without bin/briefing's briefing.home. */
    private String submit(String... args) throws Exception {
        File[] jars = ROOT.resolve("jobs/target").toFile().listFiles((d, n) -> n.startsWith("briefing-jobs-") && n.endsWith("-all.jar"));
        assertNotNull(jars);
        assertEquals(1, jars.length, "one shaded jar in jobs/target");
        // Spark's class path: the job's dependencies less what the shaded jar brings itself.
        String spark = Arrays.stream(Files.readString(ROOT.resolve("jobs/target/launcher.classpath")).trim().split(File.pathSeparator))
                .filter(p -> !p.matches(".*/(org/tribuo|com/oracle/labs/olcut|de/bwaldvogel|org/knowm/xchart)/.*"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + ROOT.resolve("bin/spark-jvm.options"), "-Xmx1g", "-Dlog4j2.configurationFile=" + ROOT.resolve("bin/log4j2.properties"),
                "-cp", spark, "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--class", "briefing.cli.Main", jars[0].getAbsolutePath()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        return output;
    }
}
