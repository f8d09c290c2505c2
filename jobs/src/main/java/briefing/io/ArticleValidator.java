package briefing.io;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Splits raw articles into those the job can process and rejects, each reject with a reason code. Runs as
 * column expressions, on the executors.
 *
 * <p>Reason codes: {@code MALFORMED_RECORD} (the line is not a JSON object), {@code EMPTY_TEXT} (no text to
 * classify or summarise). A missing id is not a reject: the id is derived from the content
 * ({@code sha256:} + the first 16 hex digits of the hash of title and text), so a re-run gives the same id.
 */
public final class ArticleValidator {
    public static final String REASON = "reason";
    public static final String MESSAGE = "message";
    /** How much of a rejected record is kept, so one huge bad record cannot bloat the rejects table. */
    static final int RAW_RECORD_LIMIT = 4096;

    private ArticleValidator() {}

    /** Adds {@code reason} and {@code message}, both null for a valid article, and fills in missing ids. */
    public static Dataset<Row> check(Dataset<Row> raw) {
        Column corrupt = col(RawArticles.CORRUPT).isNotNull();
        Column emptyText = col("text").isNull().or(trim(col("text")).equalTo(""));
        Column missingId = col("id").isNull().or(trim(col("id")).equalTo(""));
        return raw
                .withColumn(REASON, when(corrupt, lit("MALFORMED_RECORD")).when(emptyText, lit("EMPTY_TEXT")))
                .withColumn(MESSAGE, when(corrupt, lit("the record is not a valid JSON object"))
                        .when(emptyText, lit("the article has no text")))
                .withColumn("id", when(missingId.and(col(REASON).isNull()),
                        concat(lit("sha256:"), substring(sha2(concat_ws("\n", coalesce(col("title"), lit("")), col("text")), 256), 1, 16)))
                        .otherwise(trim(col("id"))));
    }

    public static Dataset<Row> valid(Dataset<Row> checked) {
        return checked.where(col(REASON).isNull()).drop(REASON, MESSAGE, RawArticles.CORRUPT);
    }

    /** The rejects table's rows, without the run columns. */
    public static Dataset<Row> rejects(Dataset<Row> checked) {
        Column raw = coalesce(col(RawArticles.CORRUPT), to_json(struct(
                col("id"), col("title"), col("text"), col("published_at"), col("source"), col("url"))));
        return checked.where(col(REASON).isNotNull()).select(
                col(RawArticles.SOURCE_FILE),
                col("id").as("article_id"),
                col(REASON),
                col(MESSAGE),
                substring(raw, 1, RAW_RECORD_LIMIT).as("raw_record"));
    }
}
