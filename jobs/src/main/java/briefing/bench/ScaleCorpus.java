package briefing.bench;

import static org.apache.spark.sql.functions.*;

import briefing.text.Paragraphs;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code briefing generate}: a corpus of any size for benchmarks, built from real paragraphs. Each article gets a
 * real title and 3 to 8 real paragraphs drawn from the source corpora, chosen by a seeded hash of its id, so the same
 * seed gives the same corpus. Everything runs on the executors; only counts reach the driver.
 */
public final class ScaleCorpus {
    static final int MIN_PARAGRAPHS = 3;
    static final int MAX_PARAGRAPHS = 8;
    private static final StructType SOURCE = new StructType()
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    private final SparkSession spark;

    public ScaleCorpus(SparkSession spark) {
        this.spark = spark;
    }

    /** @param corpora a folder of JSONL files with {@code title} and {@code text}; @return articles written */
    public long generate(String corpora, long articles, String output, long seed) {
        if (!spark.catalog().functionExists("briefing_paragraphs")) {
            spark.udf().register("briefing_paragraphs", (UDF1<String, String[]>) text -> Paragraphs.split(text).toArray(new String[0]),
                    DataTypes.createArrayType(DataTypes.StringType));
        }
        Dataset<Row> sources = spark.read().schema(SOURCE).option("pathGlobFilter", "*.jsonl").json(corpora).where(col("text").isNotNull());
        Dataset<Row> paragraphs = indexed(sources.select(explode(callUDF("briefing_paragraphs", col("text"))).as("paragraph")), "paragraph");
        Dataset<Row> titles = indexed(sources.where(length(trim(col("title"))).gt(0)).select(col("title")), "title");
        long paragraphCount = paragraphs.count();
        long titleCount = titles.count();
        if (paragraphCount == 0 || titleCount == 0) {
            throw new IllegalArgumentException("no articles with titles and text in " + corpora + "/*.jsonl");
        }

        Dataset<Row> slots = spark.range(articles)
                .withColumn("paragraphs", lit(MIN_PARAGRAPHS).plus(pmod(xxhash64(col("id"), lit(seed), lit("count")), lit(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1))))
                .withColumn("slot", explode(sequence(lit(1), col("paragraphs"))))
                .withColumn("idx", pick(col("id"), col("slot"), seed, paragraphCount));
        Dataset<Row> bodies = slots.join(broadcast(paragraphs), "idx")
                .groupBy("id")
                .agg(concat_ws("\n\n", transform(array_sort(collect_list(struct(col("slot"), col("paragraph")))), p -> p.getField("paragraph"))).as("text"));
        Dataset<Row> generated = bodies
                .withColumn("idx", pick(col("id"), lit(0), seed, titleCount))
                .join(broadcast(titles), "idx")
                .select(format_string("gen-%d-%09d", lit(seed), col("id")).as("id"), col("title"), col("text"),
                        lit("briefing generate").as("source"));
        generated.write().mode(SaveMode.Overwrite).json(output);
        return spark.read().json(output).count();
    }

    private static Column pick(Column id, Column slot, long seed, long size) {
        return pmod(xxhash64(id, slot, lit(seed)), lit(size));
    }

    /** Numbers the rows 0..n-1 (in column {@code idx}) without bringing them to the driver. */
    private Dataset<Row> indexed(Dataset<Row> rows, String column) {
        StructType schema = new StructType().add("idx", DataTypes.LongType).add(column, DataTypes.StringType);
        return spark.createDataFrame(rows.javaRDD().zipWithIndex()
                .map(pair -> org.apache.spark.sql.RowFactory.create(pair._2(), pair._1().getString(0))), schema);
    }
}
