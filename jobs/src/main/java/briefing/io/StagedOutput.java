package briefing.io;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes a run's tables into {@code DIR/_staging/<run_id>/} and only when all of them are written moves each
 * table's {@code run_date=D} partition into place, replacing the one there. A run that fails part-way leaves the
 * published tables as they were; a run with no rows for a table removes that table's partition for the date,
 * so a re-run of a date always replaces it.
 *
 * <p>A run that is killed leaves its staging folder behind; the next run removes those older than
 * {@link #ABANDONED_AFTER}.
 */
public final class StagedOutput {
    public static final String STAGING_DIR = "_staging";
    /** Far longer than any run takes, so a folder this old belongs to a run that is no longer running. */
    public static final Duration ABANDONED_AFTER = Duration.ofDays(1);
    /** How a run id starts: the run's start, so that a staging folder, named by its run id, tells its age. */
    public static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String output;
    private final String runDate;
    private final Path staging;
    private final FileSystem fs;

    public StagedOutput(Configuration conf, String output, String runId, String runDate) throws IOException {
        this.output = output;
        this.runDate = runDate;
        this.staging = new Path(output, STAGING_DIR + "/" + runId);
        this.fs = staging.getFileSystem(conf);
    }

    /** Fails with a clear message before any work when the output directory cannot be written. */
    public void prepare() throws IOException {
        boolean made;
        try {
            made = fs.mkdirs(staging);
        } catch (IOException e) {
            throw new IOException("cannot write to the output directory " + output + ": " + e.getMessage(), e);
        }
        if (!made || !fs.getFileStatus(staging).isDirectory()) {
            throw new IOException("cannot write to the output directory " + output);
        }
        removeAbandoned(Instant.now());
    }

    /**
     * Removes the staging folders of killed runs: those whose run id started more than {@link #ABANDONED_AFTER}
     * before {@code now} and that were not modified since (object stores report no folder times: the run id decides
     * there). Never this run's, and never a folder not named by a run id.
     *
     * @return the folders removed
     */
    public List<Path> removeAbandoned(Instant now) throws IOException {
        List<Path> removed = new ArrayList<>();
        Instant cutoff = now.minus(ABANDONED_AFTER);
        for (FileStatus folder : fs.listStatus(staging.getParent())) {
            if (!folder.isDirectory() || folder.getPath().getName().equals(staging.getName())) continue;
            Instant started = runStart(folder.getPath().getName());
            boolean old = started != null && started.isBefore(cutoff) && Instant.ofEpochMilli(folder.getModificationTime()).isBefore(cutoff);
            if (old && fs.delete(folder.getPath(), true)) removed.add(folder.getPath());
        }
        return removed;
    }

    private static Instant runStart(String runId) {
        if (runId.length() < 16) return null;
        try {
            return Instant.from(RUN_ID_TIME.parse(runId.substring(0, 16)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void write(String table, Dataset<Row> rows) {
        TableWriter.writeByRunDate(rows, new Path(staging, table).toString());
    }

    /** The staged {@code run_date=D} partition of a table (absent when the table got no rows). */
    public String stagingPath(String table) {
        return partition(new Path(staging, table)).toString();
    }

    public String tablePath(String table) {
        return new Path(output, table).toString();
    }

    /** Moves each table's staged partition into place. */
    public void publish(String... tables) throws IOException {
        for (String table : tables) {
            Path staged = partition(new Path(staging, table));
            Path target = partition(new Path(output, table));
            if (fs.exists(target) && !fs.delete(target, true)) throw new IOException("cannot replace " + target);
            if (fs.exists(staged)) {
                fs.mkdirs(target.getParent());
                if (!fs.rename(staged, target)) throw new IOException("cannot move " + staged + " to " + target);
            }
        }
    }

    /** Removes the staging directory (after publishing, or after a failure). */
    public void discard() throws IOException {
        if (fs.exists(staging)) fs.delete(staging, true);
        Path parent = staging.getParent();
        if (fs.exists(parent) && fs.listStatus(parent).length == 0) fs.delete(parent, false);
    }

    private Path partition(Path table) {
        return new Path(table, OutputTables.RUN_DATE + "=" + runDate);
    }
}
