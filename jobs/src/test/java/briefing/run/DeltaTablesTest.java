package briefing.run;

import static org.junit.jupiter.api.Assertions.*;

import briefing.io.DeltaPublisher;
import briefing.io.OutputTables;
import briefing.io.TableFormat;
import briefing.testing.TestSpark;
import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --table-format delta through the real job and the committed model: commits, time travel, concurrent and failed runs. */
class DeltaTablesTest {
    static final SparkSession spark = TestSpark.session();
    static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
    static final String MODEL = ROOT.resolve("models/topics").toString();
    static final LocalDate D1 = LocalDate.of(2026, 11, 21);
    static final LocalDate D2 = LocalDate.of(2026, 11, 22);
    static final String NOT_JSON = "not json at all";
    @TempDir static Path dir;
    static List<String> samples;

    @BeforeAll
    static void readSamples() throws Exception {
        samples = Files.readAllLines(ROOT.resolve("data/samples/articles.jsonl"));
    }

    /** Sample articles [from, to) and any extra lines, as a JSONL file. */
    static Path input(String name, int from, int to, String... extra) throws Exception {
        List<String> lines = new ArrayList<>(samples.subList(from, to));
        lines.addAll(List.of(extra));
        return Files.write(dir.resolve(name + ".jsonl"), lines);
    }

    static Set<String> ids(int from, int to) {
        return samples.subList(from, to).stream().map(l -> l.replaceAll("^\\{\"id\": \"([^\"]+)\".*", "$1")).collect(Collectors.toSet());
    }

    static RunReport run(Path input, String out, LocalDate date) throws Exception {
        return new BriefingRun(spark).run(new RunOptions(input.toString(), null, out, date, MODEL, 3, 1.0).withTableFormat(TableFormat.DELTA));
    }

    static Dataset<Row> table(String out, String table) {
        return spark.read().format("delta").load(out + "/" + table);
    }

    static Dataset<Row> tableAt(String out, String table, long version) {
        return spark.read().format("delta").option("versionAsOf", version).load(out + "/" + table);
    }

    /** The run id of each commit, oldest first. */
    static List<String> commits(String out, String table) {
        return DeltaTable.forPath(spark, out + "/" + table).history().orderBy("version").select("userMetadata")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    static Set<String> column(Dataset<Row> rows, String column) {
        return rows.select(column).collectAsList().stream().map(r -> String.valueOf(r.get(0))).collect(Collectors.toSet());
    }

    static Dataset<Row> ofDate(Dataset<Row> rows, LocalDate date) {
        return rows.where("run_date = DATE'" + date + "'");
    }

    @Test
    void threeRunsOfTwoDatesGiveOneCommitPerRunAndTableAndEarlierVersionsStayReadable() throws Exception {
        String out = dir.resolve("three").toString();
        RunReport first = run(input("a", 0, 8, NOT_JSON), out, D1);
        RunReport second = run(input("b", 8, 14), out, D2);
        RunReport again = run(input("c", 14, 19), out, D1);

        for (String table : List.of("articles", "rejects")) {
            assertEquals(List.of(first.runId(), second.runId(), again.runId()), commits(out, table), table + ": one commit per run");
        }
        assertEquals(Map.of("articles", 2L, "rejects", 2L), again.tableVersions());
        RunManifest manifest = RunManifest.fromJson(Files.readString(Path.of(again.manifestPath())));
        assertEquals("delta", manifest.tableFormat());
        assertEquals(Map.of("articles", 2L, "rejects", 2L), manifest.tableVersions());
        assertEquals(Map.of("articles", 1L, "rejects", 1L), second.tableVersions());

        Dataset<Row> articles = table(out, "articles");
        assertEquals(ids(14, 19), column(ofDate(articles, D1), "article_id"), "the re-run replaced D1");
        assertEquals(Set.of(again.runId()), column(ofDate(articles, D1), "run_id"));
        assertEquals(ids(8, 14), column(ofDate(articles, D2), "article_id"), "D2 untouched");
        assertEquals(11, articles.count());
        assertEquals(11, articles.select("article_id", "run_date").distinct().count(), "every article once");
        assertEquals(0, ofDate(table(out, "rejects"), D1).count(), "the re-run had no rejects");

        Dataset<Row> before = tableAt(out, "articles", 1);
        assertEquals(ids(0, 8), column(ofDate(before, D1), "article_id"), "version 1 holds the first run's D1");
        assertEquals(Set.of(first.runId()), column(ofDate(before, D1), "run_id"));
        assertEquals(Set.of("MALFORMED_RECORD"), column(ofDate(tableAt(out, "rejects", 1), D1), "reason"));
        assertFalse(Files.exists(Path.of(out, "_staging")), "staging removed");

        assertEquals(OutputTables.ARTICLES_SCHEMA.catalogString(), table(out, "articles").schema().catalogString(), "the Parquet tables' schema");
        assertEquals(OutputTables.REJECTS_SCHEMA.catalogString(), table(out, "rejects").schema().catalogString());
    }

    @Test
    void aRunThatFailsAtItsCommitCommitsNothing() throws Exception {
        String out = dir.resolve("failing").toString();
        // Someone else's Delta table where the articles table should be: the commit fails on the schema.
        spark.range(2).selectExpr("id", "DATE'" + D1 + "' AS run_date").write().format("delta").partitionBy("run_date").save(out + "/articles");
        Exception e = assertThrows(Exception.class, () -> run(input("failing", 0, 3), out, D1));
        assertTrue(e.getMessage().contains("schema"), e.getMessage());
        assertEquals(0, DeltaPublisher.latestVersion(spark, out + "/articles"));
        assertEquals(-1, DeltaPublisher.latestVersion(spark, out + "/rejects"), "the rejects table was not committed either");
        try (var manifests = Files.list(Path.of(out, "_runs"))) {
            RunManifest manifest = RunManifest.fromJson(Files.readString(manifests.findFirst().orElseThrow()));
            assertEquals(RunManifest.FAILED, manifest.status());
            assertEquals(Map.of(), manifest.tableVersions());
        }
    }

    @Test
    void twoConcurrentRunsOfOneDateLeaveBothTablesWithOneRunsRows() throws Exception {
        String out = dir.resolve("concurrent").toString();
        RunReport earlier = run(input("p", 19, 23), out, D1);
        Path x = input("x", 0, 5);
        Path y = input("y", 5, 10, NOT_JSON);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RunReport>> runs = new ArrayList<>();
        for (Path in : List.of(x, y)) {
            runs.add(pool.submit(() -> {
                go.await();
                return run(in, out, D1);
            }));
        }
        go.countDown();
        List<RunReport> succeeded = new ArrayList<>();
        for (Future<RunReport> f : runs) {
            try {
                succeeded.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                String message = e.getCause().getMessage();
                assertTrue(message.contains("run_date " + D1) && message.contains("not published"), message);
            }
        }
        pool.shutdown();
        assertFalse(succeeded.isEmpty(), "at least one run publishes");

        String articlesRun = commits(out, "articles").get(commits(out, "articles").size() - 1);
        String rejectsRun = commits(out, "rejects").get(commits(out, "rejects").size() - 1);
        assertEquals(articlesRun, rejectsRun, "both tables' latest commit is the same run's");
        Dataset<Row> articles = ofDate(table(out, "articles"), D1);
        assertEquals(Set.of(articlesRun), column(articles, "run_id"), "no mixed partition");
        boolean xWon = column(articles, "article_id").equals(ids(0, 5));
        assertTrue(xWon || column(articles, "article_id").equals(ids(5, 10)), "exactly one run's articles: " + column(articles, "article_id"));
        assertEquals(articles.count(), articles.select("article_id").distinct().count(), "no duplicates");
        assertEquals(xWon ? 0 : 1, ofDate(table(out, "rejects"), D1).count(), "the rejects of the same run");
        assertTrue(succeeded.stream().anyMatch(r -> r.runId().equals(articlesRun)));
        int articleCommits = commits(out, "articles").size();
        assertTrue(articleCommits >= 1 + succeeded.size() && articleCommits <= 3, "at most one commit per run: " + articleCommits);
        assertEquals(earlier.runId(), commits(out, "articles").get(0));
    }
}
