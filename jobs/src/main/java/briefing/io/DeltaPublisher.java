package briefing.io;

import static org.apache.spark.sql.functions.col;

import io.delta.exceptions.DeltaConcurrentModificationException;
import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Publishes a run's rows of one date into Delta Lake tables partitioned by {@code run_date}: per table, one commit
 * that replaces exactly that date's rows ({@code replaceWhere}, which also refuses a row of another date). A reader
 * sees the date's old rows or its new rows, never a mix, and a run that dies before its commit leaves the table at
 * its previous version.
 *
 * <p>Runs of the same date are ordered by when they started: each commit carries the run's start (Delta's
 * idempotent-write options {@code txnAppId} = the date, {@code txnVersion} = the start in microseconds), and Delta
 * skips a write whose start is not later than the last one committed for that date. So when two runs of a date
 * overlap, both tables end up with the later run's rows, whichever finishes first, and the earlier run fails with
 * a message instead of overwriting them. Two commits that race are caught by Delta's conflict check; the loser
 * tries again, and is then either the later run (it commits after the other) or skipped.
 *
 * <p>Every commit's {@code userMetadata} is the run id, so {@code DESCRIBE HISTORY} tells which run wrote each version.
 */
public final class DeltaPublisher {
    /** A commit that loses a race is tried again; more than this many lost races in a row means something else is wrong. */
    static final int ATTEMPTS = 3;

    private final SparkSession spark;
    private final String output;
    private final LocalDate runDate;
    private final String runId;
    private final long runStartMicros;

    public DeltaPublisher(SparkSession spark, String output, LocalDate runDate, String runId, Instant startedAt) {
        this.spark = spark;
        this.output = output;
        this.runDate = runDate;
        this.runId = runId;
        this.runStartMicros = startedAt.getEpochSecond() * 1_000_000L + startedAt.getNano() / 1_000;
    }

    public String tablePath(String table) {
        return new Path(output, table).toString();
    }

    /**
     * Replaces the run date's rows of {@code table} with {@code rows} (all of that date) in one commit; an empty
     * {@code rows} removes the date's rows, also in one commit.
     *
     * @return the table version this run committed
     * @throws IllegalStateException when a run of the same date that started later has already published the table
     */
    public long publish(String table, Dataset<Row> rows) {
        String path = tablePath(table);
        for (int attempt = 1; ; attempt++) {
            long before = latestVersion(path);
            try {
                write(rows, path);
            } catch (RuntimeException e) {
                if (!isConflict(e)) throw e;
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("run_date " + runDate + " of " + path + " was not published: " + ATTEMPTS
                            + " commits in a row lost to other runs writing it at the same time (" + e.getMessage() + ")", e);
                }
                continue;
            }
            OptionalLong version = versionCommittedSince(path, before);
            if (version.isEmpty()) {
                throw new IllegalStateException("run_date " + runDate + " of " + path + " was not published by this run: a run of the "
                        + "same date that started later has already committed it (see its history: DESCRIBE HISTORY delta.`" + path + "`)");
            }
            return version.getAsLong();
        }
    }

    private void write(Dataset<Row> rows, String path) {
        rows.write()
                .format("delta")
                .mode(SaveMode.Overwrite)
                .partitionBy(OutputTables.RUN_DATE)
                .option("replaceWhere", OutputTables.RUN_DATE + " = DATE'" + runDate + "'")
                .option("txnAppId", "briefing " + OutputTables.RUN_DATE + "=" + runDate)
                .option("txnVersion", runStartMicros)
                .option("userMetadata", runId)
                .save(path);
    }

    /** The table's latest version, -1 when there is no table yet. */
    public static long latestVersion(SparkSession spark, String path) {
        if (!DeltaTable.isDeltaTable(spark, path)) return -1;
        return DeltaTable.forPath(spark, path).history(1).select("version").first().getLong(0);
    }

    private long latestVersion(String path) {
        return latestVersion(spark, path);
    }

    /** The version after {@code before} whose commit carries this run's id; empty when Delta skipped the write. */
    private OptionalLong versionCommittedSince(String path, long before) {
        long latest = latestVersion(path);
        if (latest <= before) return OptionalLong.empty();
        List<Row> ours = DeltaTable.forPath(spark, path).history((int) Math.min(Integer.MAX_VALUE, latest - before))
                .where(col("userMetadata").equalTo(runId)).select("version").collectAsList();
        return ours.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ours.get(0).getLong(0));
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeltaConcurrentModificationException) return true;
        }
        return false;
    }
}
