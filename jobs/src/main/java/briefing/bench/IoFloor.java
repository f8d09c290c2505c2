package briefing.bench;

import static org.apache.spark.sql.functions.*;

import briefing.io.ArticleReader;
import briefing.io.InputBatch;
import briefing.io.OutputTables;
import briefing.io.RawArticles;
import briefing.io.TableWriter;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;

/**
 * The job's I/O floor: the job's own reader over the same input, and the articles table's columns written to
 * Parquet the same way, with no language work: the article's own fields pass through and every computed column
 * is empty. The time the job could not beat however fast its language work were.
 */
final class IoFloor {
    private final SparkSession spark;

    IoFloor(SparkSession spark) {
        this.spark = spark;
    }

    /** @return records read */
    long run(String input, String output, LocalDate runDate) throws IOException {
        InputBatch batch = new ArticleReader(spark).readBatch(input, null);
        Dataset<Row> rows = batch.asDataset(spark).where(col(RawArticles.REASON).isNull());
        TableWriter.writeByRunDate(rows.select(columns(runDate)), output);
        return batch.recordsRead();
    }

    private static Column[] columns(LocalDate runDate) {
        Column[] columns = new Column[OutputTables.ARTICLES_SCHEMA.fields().length];
        int i = 0;
        for (StructField field : OutputTables.ARTICLES_SCHEMA.fields()) {
            columns[i++] = column(field, runDate).as(field.name());
        }
        return columns;
    }

    private static Column column(StructField field, LocalDate runDate) {
        return switch (field.name()) {
            case "article_id" -> coalesce(col("id"), lit(""));
            case "title", "source", "url" -> col(field.name());
            case "published_at" -> try_to_timestamp(col("published_at"));
            case "flags" -> col(RawArticles.FLAGS);
            case "summary", "language", "model_version", "run_id" -> lit("");
            case "sentence_count", "word_count" -> lit(0);
            case "processed_at" -> lit(Timestamp.from(Instant.now()));
            case OutputTables.RUN_DATE -> lit(Date.valueOf(runDate));
            default -> empty(field.dataType());
        };
    }

    /** An empty value of a computed column: no topics, no evidence, no summary sentences. */
    private static Column empty(DataType type) {
        if (type instanceof ArrayType) return array().cast(type);
        if (type instanceof MapType) return map().cast(type);
        return lit(null).cast(type);
    }
}
