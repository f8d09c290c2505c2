package briefing.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import briefing.io.OutputTables;
import briefing.io.TableWriter;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Reads one run date of the job's articles table and writes it again with the job's own writer. The floor writes the
 * articles table with its computed columns empty (summaries, scores, evidence), so it does not pay for writing the
 * job's real output; the copy less a read of the same rows alone (every column decoded, nothing written: Spark's
 * {@code noop} sink) measures that cost.
 */
final class OutputCopy {
    private final SparkSession spark;

    OutputCopy(SparkSession spark) {
        this.spark = spark;
    }

    /** Wall seconds of the read alone and of the copy (read and write). */
    record Seconds(double read, double copy) {}

    Seconds run(String articlesTable, String output, LocalDate runDate) {
        long started = System.nanoTime();
        rows(articlesTable, runDate).write().format("noop").mode(SaveMode.Overwrite).save();
        double readSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        TableWriter.writeByRunDate(rows(articlesTable, runDate), output);
        double copySeconds = (System.nanoTime() - started) / 1e9;
        return new Seconds(readSeconds, copySeconds);
    }

    private Dataset<Row> rows(String articlesTable, LocalDate runDate) {
        return spark.read().parquet(articlesTable).where(col(OutputTables.RUN_DATE).equalTo(lit(Date.valueOf(runDate))));
    }
}
