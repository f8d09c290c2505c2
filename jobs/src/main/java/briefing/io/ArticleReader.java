package briefing.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import briefing.text.PlainTextArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** Reads articles in any {@link InputFormat} into the {@link RawArticles} shape. Nothing is collected to the driver. */
public final class ArticleReader {
    private final SparkSession spark;

    public ArticleReader(SparkSession spark) {
        this.spark = spark;
    }

    /** @param format null to detect it from the path */
    public Dataset<Row> read(String path, InputFormat format) throws IOException {
        InputFormat chosen = format != null ? format : InputFormat.detect(path, spark.sparkContext().hadoopConfiguration());
        return switch (chosen) {
            case JSONL -> readJsonLines(path);
            case TXT -> readTextFiles(path);
            case PARQUET -> readParquet(path);
        };
    }

    private Dataset<Row> readJsonLines(String path) {
        return spark.read()
                .schema(RawArticles.JSON_FIELDS.add(RawArticles.CORRUPT, DataTypes.StringType))
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", RawArticles.CORRUPT)
                .json(path)
                .withColumn(RawArticles.SOURCE_FILE, col("_metadata.file_path"))
                .select(columns());
    }

    private Dataset<Row> readTextFiles(String path) {
        Dataset<Row> files = spark.read()
                .option("wholetext", true)
                .option("pathGlobFilter", "*.txt")
                .text(path)
                .select(col("value"), col("_metadata.file_path").as(RawArticles.SOURCE_FILE));
        return files.map((MapFunction<Row, Row>) ArticleReader::fromTextFile, Encoders.row(RawArticles.SCHEMA));
    }

    private static Row fromTextFile(Row file) {
        String content = file.getString(0);
        String sourceFile = file.getString(1);
        PlainTextArticle article = PlainTextArticle.parse(content == null ? "" : content);
        return RowFactory.create(idFromFileName(sourceFile), article.title(), article.body(), null, null, null, null, sourceFile);
    }

    /** {@code .../004_5fa6.txt} gives {@code 004_5fa6}. */
    static String idFromFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private Dataset<Row> readParquet(String path) {
        Dataset<Row> parquet = spark.read().parquet(path);
        List<String> present = Arrays.asList(parquet.columns());
        List<Column> columns = new ArrayList<>();
        for (String field : RawArticles.JSON_FIELDS.fieldNames()) {
            Column value = present.contains(field) ? col(field).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
            columns.add(value.as(field));
        }
        columns.add(lit(null).cast(DataTypes.StringType).as(RawArticles.CORRUPT));
        columns.add(col("_metadata.file_path").as(RawArticles.SOURCE_FILE));
        return parquet.select(columns.toArray(new Column[0]));
    }

    private static Column[] columns() {
        return Arrays.stream(RawArticles.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
