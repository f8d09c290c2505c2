package briefing.io;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    static final SparkSession spark = TestSpark.session();
    @TempDir Path dir;

    private static Map<String, Row> byId(Dataset<Row> rows) {
        return rows.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
    }

    @Test
    void readsJsonLinesWithOptionalFields() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, """
                {"id": "a1", "title": "Talks resume", "text": "Envoys met on Monday.", "published_at": "2026-11-20T08:30:00Z", "source": "Wire", "url": "https://example.org/a1"}
                {"id": "a2", "title": "No extras", "text": "Only the required fields."}
                """);
        Dataset<Row> raw = new ArticleReader(spark).read(file.toString(), null);
        assertEquals(List.of(RawArticles.SCHEMA.fieldNames()), List.of(raw.columns()));
        Map<String, Row> rows = byId(raw);
        assertEquals("Talks resume", rows.get("a1").getAs("title"));
        assertEquals("Wire", rows.get("a1").getAs("source"));
        assertNull(rows.get("a2").getAs("source"));
        assertTrue(((String) rows.get("a1").getAs(RawArticles.SOURCE_FILE)).endsWith("a.jsonl"));
        assertEquals(1L, (Long) rows.get("a1").getAs(RawArticles.LINE));
        assertEquals(2L, (Long) rows.get("a2").getAs(RawArticles.LINE));
    }

    @Test
    void lineNumbersCountEveryLineOfEachFileAcrossSplits() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("split"));
        StringBuilder big = new StringBuilder();
        for (int i = 1; i <= 3000; i++) big.append(i % 7 == 0 ? "\n" : "{\"id\": \"b" + i + "\", \"text\": \"Line " + i + " of the file.\"}\n");
        Files.writeString(folder.resolve("big.jsonl"), big.toString());
        Files.writeString(folder.resolve("small.jsonl"), "{\"id\": \"s1\", \"text\": \"One.\"}\n\n{\"id\": \"s3\", \"text\": \"Three.\"}\n");
        // Small splits, so one file is read by several tasks and numbering must carry across them.
        spark.sparkContext().hadoopConfiguration().set("mapreduce.input.fileinputformat.split.maxsize", "20000");
        try {
            InputBatch batch = new ArticleReader(spark).readBatch(folder.toString(), InputFormat.JSONL);
            assertTrue(batch.records().getNumPartitions() > 3, "several splits");
            assertEquals(3000 - 3000 / 7 + 2, batch.recordsRead(), "blank lines are not records");
            Map<String, Row> rows = byId(batch.asDataset(spark));
            assertEquals(batch.recordsRead(), rows.size());
            for (int i : new int[] {1, 6, 8, 1500, 2999}) assertEquals((long) i, (Long) rows.get("b" + i).getAs(RawArticles.LINE), "b" + i);
            assertEquals(3L, (Long) rows.get("s3").getAs(RawArticles.LINE));
        } finally {
            spark.sparkContext().hadoopConfiguration().unset("mapreduce.input.fileinputformat.split.maxsize");
        }
    }

    @Test
    void readsAFolderOfTextFilesWithTitleFromAHeadingLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("txt"));
        Files.writeString(folder.resolve("001_heading.txt"), "Ministers meet in Geneva\n\nThe ministers met on Friday. They agreed to talk again.\n");
        Files.writeString(folder.resolve("002_plain.txt"), "The council met on Friday and agreed a budget for the year ahead.\n\nIt will vote again in March.\n");
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Map<String, Row> rows = byId(new ArticleReader(spark).read(folder.toString(), null));
        assertEquals(2, rows.size(), "only .txt files are articles");
        assertEquals("Ministers meet in Geneva", rows.get("001_heading").getAs("title"));
        assertTrue(((String) rows.get("001_heading").getAs("text")).startsWith("The ministers met"));
        assertNull(rows.get("002_plain").getAs("title"));
        assertTrue(((String) rows.get("002_plain").getAs("text")).startsWith("The council met"));
    }

    @Test
    void readsParquetWithTheJsonColumnsAndMissingOptionalOnes() throws Exception {
        Path json = dir.resolve("in.jsonl");
        Files.writeString(json, "{\"id\": \"p1\", \"title\": \"T\", \"text\": \"Body text here.\", \"extra\": 5}\n");
        String parquet = dir.resolve("in.parquet").toString();
        spark.read().json(json.toString()).write().parquet(parquet);
        Map<String, Row> rows = byId(new ArticleReader(spark).read(parquet, null));
        assertEquals("Body text here.", rows.get("p1").getAs("text"));
        assertNull(rows.get("p1").getAs("url"));
        assertEquals(1L, (Long) rows.get("p1").getAs(RawArticles.LINE), "the row in its file");
        assertEquals(InputFormat.PARQUET, InputFormat.detect(parquet, spark.sparkContext().hadoopConfiguration()));
    }

    @Test
    void aGlobReadsEveryMatchingFile() throws Exception {
        Path day = Files.createDirectories(dir.resolve("news/dt=2026-11-22"));
        Files.writeString(day.resolve("a.jsonl"), "{\"id\": \"g1\", \"text\": \"One.\"}\n");
        Files.writeString(day.resolve("b.jsonl"), "{\"id\": \"g2\", \"text\": \"Two.\"}\n");
        String glob = dir.resolve("news").toString() + "/dt=*/*.jsonl";
        assertEquals(InputFormat.JSONL, InputFormat.detect(dir.resolve("news").toString() + "/dt=*", spark.sparkContext().hadoopConfiguration()));
        assertEquals(java.util.Set.of("g1", "g2"), byId(new ArticleReader(spark).read(glob, null)).keySet());
        assertThrows(IllegalArgumentException.class, () -> InputFormat.detect(dir.resolve("nothing") + "/*", spark.sparkContext().hadoopConfiguration()));
    }

    @Test
    void formatCanBeForced() throws Exception {
        Path file = dir.resolve("articles.data");
        Files.writeString(file, "{\"id\": \"f1\", \"text\": \"Forced format.\"}\n");
        assertThrows(IllegalArgumentException.class, () -> InputFormat.detect(file.toString(), spark.sparkContext().hadoopConfiguration()));
        assertEquals(1, new ArticleReader(spark).read(file.toString(), InputFormat.JSONL).count());
    }

    @Test
    void badRecordsBecomeRejectsWithReasonsAndMissingIdsAreDerived() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, """
                {"id": "ok", "text": "A fine article."}
                {"id": "broken", "text": "unterminated
                {"id": "empty", "text": "   "}
                {"title": "No id", "text": "An article without an id."}
                """);
        Dataset<Row> checked = ArticleValidator.check(new ArticleReader(spark).read(file.toString(), null));
        List<Row> valid = ArticleValidator.valid(checked).collectAsList();
        Map<String, String> reasons = ArticleValidator.rejects(checked).collectAsList().stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.<String>getAs("article_id")), r -> r.getAs("reason")));
        assertEquals(2, valid.size());
        assertEquals(Map.of("null", "MALFORMED_RECORD", "empty", "EMPTY_TEXT"), reasons);
        String derived = valid.stream().map(r -> r.<String>getAs("id")).filter(id -> !id.equals("ok")).findFirst().orElseThrow();
        assertTrue(derived.matches("sha256:[0-9a-f]{16}"), derived);
        String again = ArticleValidator.valid(ArticleValidator.check(new ArticleReader(spark).read(file.toString(), null)))
                .collectAsList().stream().map(r -> r.<String>getAs("id")).filter(id -> !id.equals("ok")).findFirst().orElseThrow();
        assertEquals(derived, again, "a derived id is stable across runs");
    }

    @Test
    void duplicatesAreSettledAlikeByBroadcastIdsOrByAShuffleOfTheBatch() throws Exception {
        Path file = dir.resolve("dups.jsonl");
        Files.writeString(file, """
                {"id": "a", "text": "First a."}
                {"id": "b", "text": "Only b."}
                {"id": "a", "text": "Second a."}
                {"id": "c", "text": "First c."}
                {"id": "c", "text": "Second c."}
                {"id": "a", "text": "Third a."}
                """);
        Dataset<Row> validated = ArticleValidator.validate(spark, new ArticleReader(spark).readBatch(file.toString(), null).records());
        List<String> broadcast = outcome(ArticleValidator.checkIds(validated, 100).records());
        List<String> shuffled = outcome(ArticleValidator.checkIds(validated, 0).records());
        assertEquals(List.of("a 1 null", "a 3 DUPLICATE_ID", "a 6 DUPLICATE_ID", "b 2 null", "c 4 null", "c 5 DUPLICATE_ID"), broadcast);
        assertEquals(broadcast, shuffled);
        assertTrue(ArticleValidator.checkIds(validated).anyRejects(), "duplicates are rejects");
    }

    @Test
    void tellsWhetherABatchHasAnyReject(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean.jsonl");
        Files.writeString(clean, "{\"id\": \"a\", \"text\": \"First a.\"}\n{\"id\": \"b\", \"text\": \"Only b.\"}\n");
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"a\", \"text\": \"First a.\"}\n{\"id\": \"b\", \"text\": \"   \"}\n");
        assertFalse(ArticleValidator.checkIds(ArticleValidator.validate(spark, new ArticleReader(spark).readBatch(clean.toString(), null).records())).anyRejects());
        assertTrue(ArticleValidator.checkIds(ArticleValidator.validate(spark, new ArticleReader(spark).readBatch(broken.toString(), null).records())).anyRejects());
    }

    private static List<String> outcome(Dataset<Row> checked) {
        return checked.collectAsList().stream()
                .map(r -> r.getAs("id") + " " + r.getAs(RawArticles.LINE) + " " + r.getAs(RawArticles.REASON)).sorted().toList();
    }

    @Test
    void fileNameGivesTheId() {
        assertEquals("004_5fa6", ArticleReader.idFromFileName("file:///x/y/004_5fa6.txt"));
        assertEquals("a b", ArticleReader.idFromFileName("file:///x/a%20b.txt"));
    }
}
