package briefing.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import briefing.text.PlainTextArticle;
import briefing.text.TextCleaner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads articles in any {@link InputFormat} into the {@link RawArticles} shape, one row per input record, and counts
 * the records from the raw read. Nothing is collected to the driver.
 */
public final class ArticleReader {
    private final SparkSession spark;

    public ArticleReader(SparkSession spark) {
        this.spark = spark;
    }

    /** @param format null to detect it from the path */
    public Dataset<Row> read(String path, InputFormat format) throws IOException {
        return readBatch(path, format).asDataset(spark);
    }

    /** @param format null to detect it from the path */
    public InputBatch readBatch(String path, InputFormat format) throws IOException {
        requireExists(path);
        InputFormat chosen = format != null ? format : InputFormat.detect(path, spark.sparkContext().hadoopConfiguration());
        return switch (chosen) {
            case JSONL -> new JsonLinesReader(spark).read(path);
            case TXT -> readTextFiles(path);
            case PARQUET -> readParquet(path);
        };
    }

    /** Fails with a clear message when nothing is at the input path. */
    public void requireExists(String path) throws IOException {
        Path p = new Path(path);
        FileStatus[] matches = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(p);
        if (matches == null || matches.length == 0) {
            throw new IllegalArgumentException("input path does not exist: " + path);
        }
    }

    /** Every {@code .txt} file is one record, read as bytes so that a binary file is recognised and rejected. */
    private InputBatch readTextFiles(String path) {
        Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt").load(path);
        long count = files.select("path").count();
        return new InputBatch(files.select(col("path"), col("content")).javaRDD().map(ArticleReader::fromTextFile), count);
    }

    private static Row fromTextFile(Row file) {
        String sourceFile = file.getString(0);
        byte[] content = (byte[]) file.get(1);
        TextBytes decoded = TextBytes.decode(content, content.length);
        if (decoded.binary()) {
            return RawRows.rejected(sourceFile, null, RejectReason.BINARY_CONTENT, "the file is binary data, not text", decoded.text());
        }
        PlainTextArticle article = PlainTextArticle.parse(decoded.text());
        List<String> flags = decoded.invalidUtf8Replaced() ? List.of(TextCleaner.INVALID_UTF8_REPLACED) : List.of();
        return RawRows.article(idFromFileName(sourceFile), article.title(), article.body(), null, null, null, sourceFile, null, flags);
    }

    /** {@code .../004_5fa6.txt} gives {@code 004_5fa6}. */
    static String idFromFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private InputBatch readParquet(String path) {
        Dataset<Row> parquet = spark.read().parquet(path);
        long count = parquet.count();
        List<String> present = Arrays.asList(parquet.columns());
        List<Column> columns = new ArrayList<>();
        for (String field : RawArticles.JSON_FIELDS.fieldNames()) {
            Column value = present.contains(field) ? col(field).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
            columns.add(value.as(field));
        }
        columns.add(col("_metadata.file_path").as(RawArticles.SOURCE_FILE));
        columns.add(col("_metadata.row_index").plus(1).as(RawArticles.LINE));
        columns.add(functionsEmptyFlags().as(RawArticles.FLAGS));
        columns.add(lit(null).cast(DataTypes.StringType).as(RawArticles.REASON));
        columns.add(lit(null).cast(DataTypes.StringType).as(RawArticles.MESSAGE));
        columns.add(lit(null).cast(DataTypes.StringType).as(RawArticles.RAW_RECORD));
        return new InputBatch(parquet.select(columns.toArray(new Column[0])).javaRDD(), count);
    }

    private static Column functionsEmptyFlags() {
        return org.apache.spark.sql.functions.array().cast(DataTypes.createArrayType(DataTypes.StringType, false));
    }
}
