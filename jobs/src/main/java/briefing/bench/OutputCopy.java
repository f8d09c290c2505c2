package briefing.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import briefing.io.OutputTables;
import briefing.io.TableWriter;
import java.sql.Date;
import java.time.LocalDate;

import org.apache.spark.sql.SparkSession;

/**
 * Reads one run date of the job's articles table and writes it again with the job's own writer. The floor writes the
 * articles table with its computed columns empty (summaries, scores, evidence), so it does not pay for writing the
 * job's real output; this copy measures that cost from above (it includes reading the table back).
 */
final class OutputCopy {
    private final SparkSession spark;

    OutputCopy(SparkSession spark) {
        this.spark = spark;
    }

    void run(String articlesTable, String output, LocalDate runDate) {
        TableWriter.writeByRunDate(spark.read().parquet(articlesTable)
                .where(col(OutputTables.RUN_DATE).equalTo(lit(Date.valueOf(runDate)))), output);
    }
}
