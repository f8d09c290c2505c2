package briefing.io;

import static org.apache.spark.sql.functions.*;

import briefing.text.LanguageGuess;
import briefing.text.TextCleaner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns raw records into articles the job can process, or rejects with a {@link RejectReason}: cleans every text
 * field ({@link TextCleaner}), rejects an article with no words, derives a missing id, guesses the language, and
 * keeps one article per id. Runs on the executors.
 *
 * <p>A missing id is not a reject: it is derived from the content ({@code sha256:} + the first 16 hex digits of the
 * hash of title and text), so a re-run gives the same id, and the article is flagged {@value #ID_DERIVED}.
 */
public final class ArticleValidator {
    public static final String REASON = RawArticles.REASON;
    public static final String MESSAGE = RawArticles.MESSAGE;
    public static final String LANGUAGE = "language";
    public static final String ID_DERIVED = "id_derived";
    /** How much of a rejected record is kept, so one huge bad record cannot bloat the rejects table. */
    public static final int RAW_RECORD_LIMIT = 4096;
    /**
     * The longest article text processed, in characters; the rest is cut (flag {@code truncated}). About ten times
     * a long feature article: it bounds the time and memory one record can take, and the summary still comes from
     * the article's opening, where news puts what matters.
     */
    public static final int MAX_TEXT_CHARS = 100_000;
    static final int MAX_TITLE_CHARS = 1_000;
    static final int MAX_FIELD_CHARS = 2_000;

    /** The raw shape plus the language guess, after validation. */
    public static final StructType CHECKED_SCHEMA = RawArticles.JSON_FIELDS
            .add(RawArticles.SOURCE_FILE, DataTypes.StringType)
            .add(RawArticles.LINE, DataTypes.LongType)
            .add(LANGUAGE, DataTypes.StringType)
            .add(RawArticles.FLAGS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(REASON, DataTypes.StringType)
            .add(MESSAGE, DataTypes.StringType)
            .add(RawArticles.RAW_RECORD, DataTypes.StringType);

    private static final TextCleaner TEXT = new TextCleaner(MAX_TEXT_CHARS);
    private static final TextCleaner TITLE = new TextCleaner(MAX_TITLE_CHARS);
    private static final TextCleaner FIELD = new TextCleaner(MAX_FIELD_CHARS);

    private ArticleValidator() {}

    /**
     * Above this many ids that occur more than once in a batch, duplicates are settled by shuffling the whole batch
     * by id rather than by broadcasting the repeated ids; either way the answer is the same.
     */
    static final long MAX_BROADCAST_REPEATED_IDS = 100_000;

    /** Validates every record, then rejects all but one record of each id. Both reason and message are null for a kept article. */
    public static Dataset<Row> check(Dataset<Row> raw) {
        return checkIds(validate(raw.sparkSession(), raw.javaRDD())).records();
    }

    /**
     * Validates every record on its own (no duplicate check yet), giving rows of {@link #CHECKED_SCHEMA}: worth
     * persisting before {@link #checkIds}. Row by row on the RDD, so no query is planned to check a record.
     */
    public static Dataset<Row> validate(SparkSession spark, JavaRDD<Row> raw) {
        return spark.createDataFrame(raw.map(ArticleValidator::checkRecord), CHECKED_SCHEMA);
    }

    /** Reads the raw row by position ({@link RawArticles#SCHEMA}'s order): the RDD's rows carry no schema. */
    static Row checkRecord(Row raw) {
        String sourceFile = raw.getString(6);
        Long line = raw.isNullAt(7) ? null : raw.getLong(7);
        List<String> readFlags = raw.getList(8);
        if (!raw.isNullAt(9)) {
            return row(null, null, null, null, null, null, sourceFile, line, null, readFlags, raw.getString(9), raw.getString(10), raw.getString(11));
        }
        Set<String> flags = new TreeSet<>(readFlags);
        String text = clean(TEXT, raw.getString(2), flags);
        String title = clean(TITLE, raw.getString(1), flags);
        String source = clean(FIELD, raw.getString(4), flags);
        String url = clean(FIELD, raw.getString(5), flags);
        String publishedAt = clean(FIELD, raw.getString(3), flags);
        String id = clean(FIELD, raw.getString(0), flags);
        id = id == null ? "" : id.strip();
        if (!hasWord(text)) {
            return row(id.isEmpty() ? null : id, title, text, publishedAt, source, url, sourceFile, line, null, List.copyOf(flags),
                    RejectReason.EMPTY_TEXT.name(), text == null || text.isBlank() ? "the article has no text" : "the article's text has no words", null);
        }
        if (id.isEmpty()) {
            id = derivedId(title, text);
            flags.add(ID_DERIVED);
        }
        return row(id, title, text, publishedAt, source, url, sourceFile, line, LanguageGuess.of(text), List.copyOf(flags), null, null, null);
    }

    /** The title and text as validation leaves them: for a tool that must see an article as the job does. */
    public static String[] cleanedTitleAndText(String title, String text) {
        Set<String> ignored = new TreeSet<>();
        return new String[] {clean(TITLE, title, ignored), clean(TEXT, text, ignored)};
    }

    private static String clean(TextCleaner cleaner, String value, Set<String> flags) {
        TextCleaner.Cleaned cleaned = cleaner.clean(value);
        flags.addAll(cleaned.flags());
        return cleaned.text();
    }

    private static boolean hasWord(String text) {
        if (text == null) return false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return true;
        }
        return false;
    }

    /** The same as {@code sha2(concat_ws('\n', coalesce(title, ''), text), 256)} cut to 16 hex digits. */
    static String derivedId(String title, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(((title == null ? "" : title) + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row row(String id, String title, String text, String publishedAt, String source, String url, String sourceFile,
                           Long line, String language, List<String> flags, String reason, String message, String raw) {
        return RowFactory.create(id, title, text, publishedAt, source, url, sourceFile, line, language,
                CollectionConverters.asScala(flags).toSeq(), reason, message, raw);
    }

    /**
     * Of the articles sharing an id, keeps the first by source file, then line, then content (so the choice does not
     * depend on how Spark partitioned the input) and rejects the others as DUPLICATE_ID, naming the one kept.
     *
     * <p>Only the ids are shuffled to find the repeated ones; a batch usually has none or a few, so they are
     * collected and broadcast, and only the articles carrying them are sorted by id. The articles themselves move only when a
     * batch repeats more than {@value #MAX_BROADCAST_REPEATED_IDS} ids.
     */
    public static Checked checkIds(Dataset<Row> validated) {
        return checkIds(validated, MAX_BROADCAST_REPEATED_IDS);
    }

    /** The checked records, and whether any is a reject: a run with none skips writing its rejects. */
    public record Checked(Dataset<Row> records, boolean anyRejects) {}

    static Checked checkIds(Dataset<Row> validated, long maxBroadcastRepeatedIds) {
        // One shuffle of the ids answers both questions: the ids of valid articles that occur more than once, and
        // (under a null id) whether any record was rejected already. Counted with the RDD API, one Spark job (the
        // same aggregation as a query makes three under adaptive execution, which a small batch feels).
        JavaRDD<Row> ids = validated.select(when(col(REASON).isNull(), col("id")).as("id")).javaRDD();
        JavaPairRDD<String, Long> perId = ids.mapToPair(r -> new Tuple2<>(r.isNullAt(0) ? null : r.getString(0), 1L))
                .reduceByKey(Long::sum, Math.max(1, ids.getNumPartitions()));
        int limit = (int) Math.min(Integer.MAX_VALUE - 2, maxBroadcastRepeatedIds) + 2;
        List<Row> found = perId.filter(e -> e._1() == null || e._2() > 1).take(limit).stream()
                .map(e -> RowFactory.create(e._1(), e._2())).toList();
        boolean anyRejected = found.stream().anyMatch(r -> r.isNullAt(0));
        List<Row> repeated = found.stream().filter(r -> !r.isNullAt(0)).map(r -> RowFactory.create(r.getString(0))).toList();
        if (repeated.isEmpty()) return new Checked(validated, anyRejected);
        if (repeated.size() > maxBroadcastRepeatedIds) return new Checked(markDuplicates(validated), true);
        Dataset<Row> valid = validated.where(col(REASON).isNull());
        Dataset<Row> repeatedIds = validated.sparkSession().createDataFrame(repeated,
                new StructType().add("id", DataTypes.StringType));
        Dataset<Row> unique = valid.join(broadcast(repeatedIds), "id", "left_anti");
        Dataset<Row> sharingAnId = valid.join(broadcast(repeatedIds), "id", "left_semi");
        return new Checked(unique.unionByName(markDuplicates(sharingAnId)).unionByName(validated.where(col(REASON).isNotNull())), true);
    }

    /** The window over every valid article of {@code checked}: rank within its id. */
    private static Dataset<Row> markDuplicates(Dataset<Row> checked) {
        Column contentHash = sha2(concat_ws("\n", coalesce(col("title"), lit("")), col("text"),
                coalesce(col("published_at"), lit("")), coalesce(col("source"), lit("")), coalesce(col("url"), lit(""))), 256);
        WindowSpec sameId = Window.partitionBy(col("id"))
                .orderBy(col(RawArticles.SOURCE_FILE).asc_nulls_last(), col(RawArticles.LINE).asc_nulls_last(), contentHash);
        Dataset<Row> articles = checked.where(col(REASON).isNull())
                .withColumn("_rank", row_number().over(sameId))
                .withColumn("_kept_file", first(col(RawArticles.SOURCE_FILE)).over(sameId))
                .withColumn("_kept_line", first(col(RawArticles.LINE)).over(sameId));
        Column duplicate = col("_rank").gt(1);
        Dataset<Row> marked = articles
                .withColumn(REASON, when(duplicate, lit(RejectReason.DUPLICATE_ID.name())))
                .withColumn(MESSAGE, when(duplicate, concat(lit("the id is taken by the article kept from "),
                        coalesce(col("_kept_file"), lit("?")),
                        when(col("_kept_line").isNotNull(), concat(lit(" line "), col("_kept_line").cast("string"))).otherwise(lit("")))))
                .drop("_rank", "_kept_file", "_kept_line");
        return marked.unionByName(checked.where(col(REASON).isNotNull()));
    }

    /** The articles to process: id, title, text, published_at, source, url, language, flags. */
    public static Dataset<Row> valid(Dataset<Row> checked) {
        return checked.where(col(REASON).isNull())
                .select(col("id"), col("title"), col("text"), col("published_at"), col("source"), col("url"),
                        col(LANGUAGE), col(RawArticles.FLAGS));
    }

    /** The rejects table's rows, without the run columns. */
    public static Dataset<Row> rejects(Dataset<Row> checked) {
        Column raw = coalesce(col(RawArticles.RAW_RECORD), to_json(struct(
                col("id"), col("title"), col("text"), col("published_at"), col("source"), col("url"))));
        return checked.where(col(REASON).isNotNull()).select(
                col(RawArticles.SOURCE_FILE),
                col(RawArticles.LINE),
                col("id").as("article_id"),
                col(REASON),
                col(MESSAGE),
                substring(raw, 1, RAW_RECORD_LIMIT).as(RawArticles.RAW_RECORD));
    }

    /** The first {@value #RAW_RECORD_LIMIT} characters, not splitting a surrogate pair. */
    static String cut(String raw) {
        if (raw == null || raw.length() <= RAW_RECORD_LIMIT) return raw;
        int end = RAW_RECORD_LIMIT;
        if (Character.isHighSurrogate(raw.charAt(end - 1))) end--;
        return raw.substring(0, end);
    }
}
