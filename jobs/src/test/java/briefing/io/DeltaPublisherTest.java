package briefing.io;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import io.delta.tables.DeltaTable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit protocol, with the race made to happen: one run's write is held (a task waiting on a latch) after its
 * transaction has read the table, while another run commits; then it is let go.
 */
class DeltaPublisherTest {
    static final SparkSession spark = TestSpark.session();
    static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    static final StructType SCHEMA = new StructType().add("id", DataTypes.StringType).add(OutputTables.RUN_DATE, DataTypes.DateType);
    // Tasks run in this JVM (local mode), so a held write waits on these.
    static volatile CountDownLatch writing;
    static volatile CountDownLatch release;
    @TempDir Path dir;

    static Dataset<Row> rows(String... ids) {
        List<Row> rows = java.util.Arrays.stream(ids).map(id -> RowFactory.create(id, java.sql.Date.valueOf(DATE))).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** Rows whose computation signals {@link #writing} and then waits for {@link #release}. */
    static Dataset<Row> heldRows(String id) {
        java.sql.Date date = java.sql.Date.valueOf(DATE);
        return spark.range(0, 1, 1, 1).mapPartitions((MapPartitionsFunction<Long, Row>) it -> {
            writing.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            return List.of(RowFactory.create(id, date)).iterator();
        }, Encoders.row(SCHEMA));
    }

    static DeltaPublisher run(String out, String runId, long startSecond) {
        return new DeltaPublisher(spark, out, DATE, runId, Instant.ofEpochSecond(startSecond));
    }

    static List<String> ids(String out) {
        return spark.read().format("delta").load(out + "/t").select("id").orderBy("id").collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    static List<String> commits(String out) {
        return DeltaTable.forPath(spark, out + "/t").history().orderBy("version").select("userMetadata")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    /** Starts {@code held}'s publish of a held write, waits until it is writing, publishes {@code other}, then releases it. */
    static CompletableFuture<Long> race(DeltaPublisher held, Runnable other) throws Exception {
        writing = new CountDownLatch(1);
        release = new CountDownLatch(1);
        CompletableFuture<Long> heldPublish = CompletableFuture.supplyAsync(() -> held.publish("t", heldRows("held")));
        assertTrue(writing.await(60, TimeUnit.SECONDS), "the held write started");
        other.run();
        release.countDown();
        return heldPublish;
    }

    @Test
    void aRunThatStartedEarlierAndLosesTheRaceFailsAndPublishesNothing() throws Exception {
        String out = dir.toString();
        assertEquals(0, run(out, "base", 100).publish("t", rows("b1", "b2")));
        CompletableFuture<Long> held = race(run(out, "earlier", 200), () -> assertEquals(1, run(out, "later", 300).publish("t", rows("l1"))));
        Exception e = assertThrows(Exception.class, held::join);
        assertTrue(e.getCause().getMessage().contains("started later has already committed it"), e.getCause().getMessage());
        assertEquals(List.of("l1"), ids(out));
        assertEquals(List.of("base", "later"), commits(out), "the earlier run committed nothing");
    }

    @Test
    void aRunThatStartedLaterAndLosesTheRaceCommitsAfterTheOther() throws Exception {
        String out = dir.toString();
        assertEquals(0, run(out, "base", 100).publish("t", rows("b1")));
        CompletableFuture<Long> held = race(run(out, "later", 300), () -> assertEquals(1, run(out, "earlier", 200).publish("t", rows("e1"))));
        assertEquals(2, held.join());
        assertEquals(List.of("held"), ids(out));
        assertEquals(List.of("base", "earlier", "later"), commits(out));
        // Afterwards the earlier run can no longer overwrite the date.
        assertThrows(IllegalStateException.class, () -> run(out, "earlier-again", 200).publish("t", rows("e2")));
        assertEquals(List.of("held"), ids(out));
    }

    @Test
    void anEmptyWriteRemovesTheDateInOneCommitAndOtherDatesStay() throws Exception {
        String out = dir.toString();
        new DeltaPublisher(spark, out, DATE.minusDays(1), "other-date", Instant.ofEpochSecond(50)).publish("t",
                spark.createDataFrame(List.of(RowFactory.create("o1", java.sql.Date.valueOf(DATE.minusDays(1)))), SCHEMA));
        run(out, "first", 100).publish("t", rows("a"));
        assertEquals(2, run(out, "empty", 200).publish("t", rows()));
        assertEquals(List.of("o1"), ids(out));
        assertEquals(3, run(out, "empty-again", 300).publish("t", rows()), "a commit even when there is nothing to remove");
        assertThrows(Exception.class, () -> run(out, "wrong-date", 400).publish("t",
                spark.createDataFrame(List.of(RowFactory.create("x", java.sql.Date.valueOf(DATE.plusDays(1)))), SCHEMA)), "a row of another date is refused");
        assertEquals(List.of("o1"), ids(out));
    }

    @Test
    void vacuumRemovesUncommittedFilesAndKeepsThoseOfVersionsWithinTheRetention() throws Exception {
        String out = dir.toString();
        run(out, "first", 100).publish(OutputTables.ARTICLES, rows("a"));
        run(out, "second", 200).publish(OutputTables.ARTICLES, rows("b"));
        Path partition = dir.resolve("articles/run_date=" + DATE);
        Path orphan = Files.writeString(partition.resolve("part-killed-run.snappy.parquet"), "left by a killed run");
        assertTrue(orphan.toFile().setLastModified(System.currentTimeMillis() - 200L * 3600 * 1000));

        assertEquals(java.util.Map.of(OutputTables.ARTICLES, 1L), DeltaVacuum.vacuum(spark, out, DeltaVacuum.DEFAULT_RETAIN_HOURS));
        assertFalse(Files.exists(orphan));
        assertEquals(1, spark.read().format("delta").option("versionAsOf", 0).load(out + "/articles").count(), "version 0 still readable");

        spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
        try {
            assertEquals(java.util.Map.of(OutputTables.ARTICLES, 1L), DeltaVacuum.vacuum(spark, out, 0));
        } finally {
            spark.conf().unset("spark.databricks.delta.retentionDurationCheck.enabled");
        }
        assertThrows(Exception.class, () -> spark.read().format("delta").option("versionAsOf", 0).load(out + "/articles").collectAsList(),
                "version 0's file is gone");
        assertEquals(List.of("b"), spark.read().format("delta").load(out + "/articles").select("id").collectAsList().stream().map(r -> r.getString(0)).toList());
        File[] left = partition.toFile().listFiles((d, name) -> name.endsWith(".parquet"));
        assertEquals(1, left.length);
    }
}
