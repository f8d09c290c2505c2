package briefing.io;

import briefing.text.TextCleaner;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Reads JSONL with the line number of every record. Hadoop's TextInputFormat splits big files and gives each line
 * as bytes, so invalid UTF-8 and binary content can be told apart before any JSON parsing. Line numbers take two
 * passes over the input, both streaming: the first counts the lines of every split (one small tuple per split
 * reaches the driver), and the second numbers each split's lines from the total of the splits before it in the
 * same file. The first pass also gives the number of records read, independently of everything downstream.
 * A blank line is not a record.
 */
final class JsonLinesReader {
    private final SparkSession spark;

    JsonLinesReader(SparkSession spark) {
        this.spark = spark;
    }

    /** Lines and records of one split of one file. */
    record SplitCount(String file, long start, long lines, long records) implements Serializable {}

    @SuppressWarnings("unchecked")
    InputBatch read(String path) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf);
        List<SplitCount> counts = lines.mapPartitionsWithInputSplit(JsonLinesReader::count, true).collect();
        Map<String, Long> firstLines = firstLineOfEachSplit(counts);
        long records = counts.stream().mapToLong(SplitCount::records).sum();
        JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(
                (split, it) -> toRows(split, it, firstLines), true);
        return new InputBatch(rows, records);
    }

    private static Iterator<SplitCount> count(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        FileSplit file = (FileSplit) split;
        long n = 0;
        long records = 0;
        while (lines.hasNext()) {
            Text line = lines.next()._2();
            n++;
            if (!isBlank(line.getBytes(), line.getLength())) records++;
        }
        return Collections.singletonList(new SplitCount(file.getPath().toString(), file.getStart(), n, records)).iterator();
    }

    static Map<String, Long> firstLineOfEachSplit(List<SplitCount> counts) {
        List<SplitCount> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> a.file().equals(b.file()) ? Long.compare(a.start(), b.start()) : a.file().compareTo(b.file()));
        Map<String, Long> first = new HashMap<>();
        String file = null;
        long next = 1;
        for (SplitCount c : sorted) {
            if (!c.file().equals(file)) {
                file = c.file();
                next = 1;
            }
            first.put(key(c.file(), c.start()), next);
            next += c.lines();
        }
        return first;
    }

    private static String key(String file, long start) {
        return start + ":" + file;
    }

    private static Iterator<Row> toRows(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines, Map<String, Long> firstLines) {
        FileSplit file = (FileSplit) split;
        String path = file.getPath().toString();
        long first = firstLines.get(key(path, file.getStart()));
        return new Iterator<>() {
            long lineNumber = first - 1;
            Row next = advance();

            private Row advance() {
                while (lines.hasNext()) {
                    Text line = lines.next()._2();
                    lineNumber++;
                    if (!isBlank(line.getBytes(), line.getLength())) return toRow(line.getBytes(), line.getLength(), path, lineNumber);
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row row = next;
                next = advance();
                return row;
            }
        };
    }

    static Row toRow(byte[] bytes, int length, String file, long line) {
        if (length > JsonArticleParser.MAX_RECORD_BYTES) {
            String start = TextBytes.decode(bytes, Math.min(length, ArticleValidator.RAW_RECORD_LIMIT)).text();
            return RawRows.rejected(file, line, RejectReason.RECORD_TOO_LARGE,
                    "the line is " + length + " bytes; the limit is " + JsonArticleParser.MAX_RECORD_BYTES, start);
        }
        TextBytes decoded = TextBytes.decode(bytes, length);
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (decoded.binary()) {
            return RawRows.rejected(file, line, RejectReason.BINARY_CONTENT, "the line is binary data, not text", text);
        }
        JsonArticleParser.Parsed parsed = JsonArticleParser.parse(text);
        if (parsed.reason() != null) {
            return RawRows.rejected(file, line, parsed.reason(), parsed.message(), text);
        }
        List<String> flags = decoded.invalidUtf8Replaced() ? List.of(TextCleaner.INVALID_UTF8_REPLACED) : List.of();
        String[] f = parsed.fields();
        return RawRows.article(f[0], f[1], f[2], f[3], f[4], f[5], file, line, flags);
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') return false;
        }
        return true;
    }
}
