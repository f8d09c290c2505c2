package briefing.run;

import static org.junit.jupiter.api.Assertions.*;

import briefing.io.RejectReason;
import briefing.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand generated records (valid articles, mutated JSON, random bytes, huge fields, odd Unicode, wrong
 * types) through the real job with the committed model: the run does not crash, every record is accounted for,
 * and every reject has a reason.
 */
class FuzzTest {
    static final SparkSession spark = TestSpark.session();
    static final int RECORDS = 10_000;
    static final String[] SENTENCES = {
            "The foreign ministers met in Geneva on Tuesday to discuss the sanctions.",
            "Rights groups said detainees were held without trial.",
            "The envoy said the talks would resume next month.",
            "Officials widened the trade embargo on the shipping firms.",
            "The city council approved a new budget for road repairs.",
            "Shares in the retailer rose after strong quarterly sales."};
    static final String[] ODD = {"\uD83D\uDE00", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\u200B", "\uFEFF", "\u2028", "\u2029",
            "\\u0000", "\\ud800", "\\udfff", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u4E2D\u6587", "\uFFFD", "\\u001b[31m", "\u00A0"};
    static final String[] VALUES = {"42", "-1.5e300", "true", "null", "[]", "{}", "[\"a\", 1]", "{\"x\": {\"y\": [1]}}", "\"\"", "\"  \""};
    @TempDir Path dir;

    @Test
    void tenThousandGeneratedRecordsAllEndInATableAndBalance() throws Exception {
        Path input = dir.resolve("fuzz.jsonl");
        Files.write(input, generate(new Random(20261122L)));
        String out = dir.resolve("out").toString();
        long start = System.nanoTime();
        RunReport report = new BriefingRun(spark).run(new RunOptions(input.toString(), null, out, LocalDate.of(2026, 11, 22),
                BadInputTest.MODEL, 3, 1.0));
        System.out.printf("fuzz: %d records through the job in %.1f s: written %d, rejected %d %s%n", RECORDS,
                (System.nanoTime() - start) / 1e9, report.written(), report.rejected(), report.rejectedByReason());

        RunManifest manifest = BadInputTest.onlyManifest(out);
        assertEquals(RunManifest.SUCCEEDED, manifest.status());
        assertEquals(RECORDS, manifest.counts().read());
        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        Dataset<Row> rejects = spark.read().parquet(out + "/rejects");
        long written = articles.count();
        long rejected = rejects.count();
        assertEquals(RECORDS, written + rejected);
        assertEquals(written, manifest.counts().written());
        assertEquals(rejected, manifest.counts().rejected());
        assertTrue(written > RECORDS / 4 && rejected > RECORDS / 4, "both tables get a good share: " + written + " / " + rejected);

        Set<String> reasons = Arrays.stream(RejectReason.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(0, rejects.where("reason IS NULL OR message IS NULL OR trim(message) = ''").count());
        assertTrue(reasons.containsAll(rejects.select("reason").distinct().collectAsList().stream().map(r -> r.getString(0)).toList()));
        assertEquals(0, rejects.where("length(raw_record) > 4096").count());
        assertEquals(0, rejects.where("line IS NULL OR line < 1 OR line > " + RECORDS).count());
        assertEquals(written, articles.select("article_id").distinct().count(), "ids are unique");
        assertEquals(0, articles.where("summary = '' OR size(summary_sentences) = 0").count(), "every article has a summary");
    }

    /** One record per line; no raw line breaks inside a record, and no blank line, so there are exactly RECORDS records. */
    static byte[] generate(Random random) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < RECORDS; i++) {
            int kind = random.nextInt(100);
            byte[] record;
            if (kind < 40) {
                record = valid(i, random).getBytes(StandardCharsets.UTF_8);
            } else if (kind < 60) {
                record = mutate(valid(i, random), random).getBytes(StandardCharsets.UTF_8);
            } else if (kind < 70) {
                record = new byte[1 + random.nextInt(300)];
                random.nextBytes(record);
            } else if (kind == 70 && random.nextInt(5) == 0) {
                // About twenty records of 0.3 to 0.7 million characters: over the text cap, and enough to see the cost.
                String huge = String.join(" ", SENTENCES).repeat(1000 + random.nextInt(1000));
                record = (random.nextBoolean()
                        ? "{\"id\": \"huge-" + i + "\", \"text\": \"" + huge + "\"}"
                        : "{\"id\": \"huge-title-" + i + "\", \"title\": \"" + huge + "\", \"text\": \"" + SENTENCES[0] + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (kind < 88) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 20; k++) text.append(random.nextBoolean() ? ODD[random.nextInt(ODD.length)] : SENTENCES[random.nextInt(SENTENCES.length)] + " ");
                record = ("{\"id\": \"odd-" + i + "\", \"title\": \"" + ODD[random.nextInt(ODD.length)] + "\", \"text\": \"" + text + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                String field = new String[] {"id", "title", "text", "published_at", "source", "url"}[random.nextInt(6)];
                record = ("{\"id\": \"typed-" + i + "\", \"text\": \"" + SENTENCES[1] + "\", \"" + field + "\": " + VALUES[random.nextInt(VALUES.length)] + "}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            out.write(asOneLine(record));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static String valid(int i, Random random) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 2 + random.nextInt(8); k++) text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        String id = switch (random.nextInt(10)) {
            case 0 -> null;                              // derived
            case 1 -> "\"dup-" + random.nextInt(50) + "\""; // duplicates
            default -> "\"a-" + i + "\"";
        };
        return "{" + (id == null ? "" : "\"id\": " + id + ", ") + "\"title\": \"Report " + i + "\", \"text\": \"" + text
                + "\", \"published_at\": \"2026-11-" + (1 + random.nextInt(40)) + "T08:00:00Z\", \"source\": \"Wire\"}";
    }

    private static String mutate(String json, Random random) {
        StringBuilder s = new StringBuilder(json);
        for (int m = 0; m < 1 + random.nextInt(3); m++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, "{}[]\",:\\x".charAt(random.nextInt(9)));
                case 2 -> s.setLength(Math.max(1, at));
                default -> s.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return s.toString();
    }

    /** Replaces raw line breaks, and makes a whitespace-only record non-blank. */
    private static byte[] asOneLine(byte[] record) {
        boolean blank = true;
        for (int i = 0; i < record.length; i++) {
            if (record[i] == '\n' || record[i] == '\r') record[i] = '~';
            if (record[i] != ' ' && record[i] != '\t') blank = false;
        }
        if (blank) record[0] = '#';
        return record;
    }
}
