package briefing.training;

import briefing.io.HadoopFiles;
import briefing.topics.Topics;
import briefing.vectorize.IdfCorpus;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the labelled training set: one or more JSONL files (comma-separated paths) of {@code id, title, text, labels}
 * and optionally {@code date}. A row without {@code text} names an article of the corpus ({@code --idf-corpus}) by id
 * and its title and text are looked up there, so our own label files hold ids and labels, never the texts.
 * Training happens on the driver (Tribuo trains in one JVM), so the rows are collected; they are curated files of a
 * few thousand rows, not the corpus.
 */
public final class LabelledArticles {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("labels", DataTypes.createArrayType(DataTypes.StringType))
            .add("date", DataTypes.StringType);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private LabelledArticles() {}

    public static List<LabelledArticle> read(SparkSession spark, String paths) {
        return read(spark, paths, IdfCorpus.NONE);
    }

    /** @param corpus where rows without text find it by id */
    public static List<LabelledArticle> read(SparkSession spark, String paths, IdfCorpus corpus) {
        List<LabelledArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String path : split(paths)) {
            List<Row> rows = spark.read().schema(SCHEMA).option("mode", "FAILFAST").json(path).collectAsList();
            Set<String> byReference = new LinkedHashSet<>();
            for (Row row : rows) {
                if (row.getString(0) != null && row.getString(2) == null) byReference.add(row.getString(0));
            }
            if (!byReference.isEmpty() && corpus.isEmpty()) {
                throw new IllegalArgumentException(path + ": row " + byReference.iterator().next()
                        + " has no text: rows that name corpus articles by id need the corpus (--idf-corpus)");
            }
            Map<String, Row> texts = corpus.rowsById(byReference);
            int n = 0;
            for (Row row : rows) {
                n++;
                String id = row.getString(0);
                if (id == null || row.isNullAt(3)) {
                    throw new IllegalArgumentException(path + ": every row needs id and labels; row " + n + " does not");
                }
                if (!ids.add(id)) throw new IllegalArgumentException(path + ": duplicate id " + id);
                String title = row.getString(1);
                String text = row.getString(2);
                if (text == null) {
                    Row found = texts.get(id);
                    if (found == null) {
                        throw new IllegalArgumentException(path + ": " + id + " has no text and is not an article with text in "
                                + String.join(", ", corpus.paths()));
                    }
                    title = found.getString(1);
                    text = found.getString(2);
                }
                articles.add(new LabelledArticle(id, title, text, topics(path, id, row.getList(3)), date(path, id, row.getString(4)), new Path(path).getName()));
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(paths + ": no labelled rows");
        }
        return articles;
    }

    /** For the provenance: each file's name and sha256. */
    public static String describe(HadoopFiles files, String paths) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String path : split(paths)) parts.add(new Path(path).getName() + " sha256=" + HadoopFiles.sha256(files.read(path)));
        return String.join(", ", parts);
    }

    /** For the model card: the files' names and their sha256, each joined in the order given. */
    public static String[] namesAndHashes(HadoopFiles files, String paths) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (String path : split(paths)) {
            names.add(new Path(path).getName());
            hashes.add(HadoopFiles.sha256(files.read(path)));
        }
        return new String[] {String.join(" + ", names), String.join(" + ", hashes)};
    }

    static List<String> split(String paths) {
        return Arrays.stream(paths.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** The labels of row {@code id}, each checked to be a topic. */
    static Set<String> topics(String path, String id, List<String> labels) {
        Set<String> topics = new LinkedHashSet<>(labels);
        for (String topic : topics) {
            if (!Topics.isTopic(topic)) {
                throw new IllegalArgumentException(path + ": row " + id + " has unknown label '" + topic + "'; labels are " + Topics.ALL);
            }
        }
        return Set.copyOf(topics);
    }

    /** A date as {@code YYYY-MM-DD} (a longer ISO timestamp is cut to its date) or a year alone (its first day); null stays null. */
    static LocalDate date(String path, String id, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim();
        try {
            if (YEAR.matcher(v).matches()) return LocalDate.of(Integer.parseInt(v), 1, 1);
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": row " + id + " has date '" + value + "'; expected YYYY-MM-DD or YYYY");
        }
    }
}
