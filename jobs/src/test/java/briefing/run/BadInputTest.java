package briefing.run;

import static org.junit.jupiter.api.Assertions.*;

import briefing.model.ModelBundle;
import briefing.model.ModelLoadException;
import briefing.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input the issue lists, through the real job with the committed model: what lands in the
 * articles table, what in the rejects table, and what the run manifest says. The mixed JSONL batch runs once;
 * each test checks its case in that run's output.
 */
class BadInputTest {
    static final SparkSession spark = TestSpark.session();
    static final String MODEL = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize()
            .resolve("models/topics").toString();
    static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    static final String ENGLISH = "The foreign ministers of both countries met in Geneva on Tuesday to discuss the sanctions. "
            + "They said the talks had been useful and that their envoys would meet again next month. "
            + "The United Nations welcomed the meeting and called for an agreement before the end of the year.";
    static final String FRENCH = "Les ministres des affaires étrangères des deux pays se sont réunis mardi à Genève pour parler des sanctions. "
            + "Ils ont déclaré que les discussions ont été utiles et que leurs émissaires se retrouveront le mois prochain. "
            + "Les Nations unies ont salué cette rencontre et appelé à un accord avant la fin de l'année.";
    static final String LONG = "The envoys met again on Tuesday to discuss the embargo and the talks went on late into the night. ".repeat(3200);

    @TempDir static Path dir;
    static String out;
    static RunReport report;
    static Map<String, Row> articles;
    static List<Row> rejects;
    static RunManifest manifest;

    private static byte[] line(String s) {
        return (s + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void runTheMixedBatch() throws Exception {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.write(line("{\"id\": \"ok-1\", \"title\": \"Ministers meet in Geneva\", \"text\": \"" + ENGLISH + "\"}"));   // 1
        jsonl.write(line("   "));                                                                                         // 2: blank, not a record
        jsonl.write(line("{\"id\": \"broken\", \"text\": \"unterminated"));                                              // 3
        jsonl.write(line("[1, 2, 3]"));                                                                                   // 4
        jsonl.write(line("{\"id\": \"wt-text\", \"title\": \"T\", \"text\": 42}"));                                      // 5
        jsonl.write(line("{\"id\": {\"a\": 1}, \"text\": \"" + ENGLISH + "\"}"));                                         // 6
        jsonl.write(line("{\"id\": \"no-text\", \"title\": \"Only a title\"}"));                                          // 7
        jsonl.write(line("{\"id\": \"blank-text\", \"text\": \" \\t \"}"));                                               // 8
        jsonl.write(line("{\"id\": \"markup-only\", \"text\": \"<p><br/></p>&nbsp;\"}"));                                 // 9
        jsonl.write(line("{\"title\": \"Talks without an id\", \"text\": \"" + ENGLISH + "\"}"));                         // 10
        jsonl.write(line("{\"id\": \"dup\", \"text\": \"First version of the statement.\"}"));                             // 11
        jsonl.write(line("{\"id\": \"dup\", \"text\": \"Second version of the statement.\"}"));                            // 12
        jsonl.write(line("{\"id\": \"html\", \"text\": \"<div><p>The minister &amp; the envoy met on Monday.</p><p>They agreed&nbsp;to talk "
                + "again.</p><script>alert('x')</script><p>Diplomats said the meeting was &quot;useful&quot;.</p></div>\"}"));  // 13
        jsonl.write(line("{\"id\": \"ctrl\", \"text\": \"The envoys\\u0000 met\\u0007 on Monday.\u0001 They agreed to talk again. "
                + "The talks will go on.\"}"));                                                                                // 14: escaped NUL, BEL; a raw SOH
        jsonl.write("{\"id\": \"bad-utf8\", \"text\": \"The envoy said the talks went well".getBytes(StandardCharsets.UTF_8));
        jsonl.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        jsonl.write(line(". Both sides will meet again next week in Vienna.\"}"));                                        // 15
        jsonl.write(line("{\"id\": \"long\", \"text\": \"" + LONG + "\"}"));                                              // 16
        jsonl.write(line("{\"id\": \"no-punct\", \"text\": \"the ministers met in geneva and talked about the embargo for many hours "
                + "without any agreement and they will meet again next month to talk about the sanctions\"}"));             // 17
        jsonl.write(line("{\"id\": \"fr-1\", \"title\": \"Réunion à Genève\", \"text\": \"" + FRENCH + "\"}"));            // 18
        jsonl.write(new byte[] {0x00, 0x01, (byte) 0x89, 'P', 'N', 'G', 0x1A, 0x00, 0x00, 0x00, 0x0D - 1, 'I', 'H', 'D', 'R', 0x00, 0x00, 0x02, '\n'}); // 19
        jsonl.write(line("{\"id\": 12345, \"text\": \"" + ENGLISH + "\"}"));                                              // 20
        jsonl.write(line("{\"id\": \"trailing\", \"text\": \"x\"} and more"));                                            // 21
        Path input = Files.write(dir.resolve("mixed.jsonl"), jsonl.toByteArray());
        out = dir.resolve("out").toString();
        report = new BriefingRun(spark).run(new RunOptions(input.toString(), null, out, DATE, MODEL, 3, 1.0));
        articles = spark.read().parquet(out + "/articles").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
        rejects = spark.read().parquet(out + "/rejects").collectAsList();
        manifest = onlyManifest(out);
    }

    static RunManifest onlyManifest(String output) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(output, RunManifest.RUNS_DIR))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return RunManifest.fromJson(Files.readString(all.get(0)));
        }
    }

    private static Row rejectAt(long line) {
        return rejects.stream().filter(r -> Long.valueOf(line).equals(r.getAs("line"))).findFirst()
                .orElseThrow(() -> new AssertionError("no reject at line " + line));
    }

    private static List<String> flags(String id) {
        Row r = articles.get(id);
        assertNotNull(r, "article " + id + " was written");
        return r.getList(r.fieldIndex("flags"));
    }

    private static String summary(String id) {
        return articles.get(id).getAs("summary");
    }

    @Test
    void everyRecordIsAccountedForAndTheManifestSaysSo() {
        assertEquals(RunManifest.SUCCEEDED, manifest.status());
        assertEquals(report.runId(), manifest.runId());
        assertEquals(20, manifest.counts().read(), "21 lines, one blank");
        assertEquals(10, manifest.counts().written());
        assertEquals(10, manifest.counts().rejected());
        assertEquals(articles.size(), manifest.counts().written());
        assertEquals(rejects.size(), manifest.counts().rejected());
        assertEquals(new TreeMap<>(Map.of("MALFORMED_RECORD", 3L, "WRONG_FIELD_TYPE", 2L, "EMPTY_TEXT", 3L, "DUPLICATE_ID", 1L, "BINARY_CONTENT", 1L)),
                new TreeMap<>(manifest.counts().rejectedByReason()));
        assertEquals(0.5, manifest.rejectRatio());
        assertEquals("2026-11-22", manifest.runDate());
        assertNull(manifest.error());
        assertNotNull(manifest.startedAt());
        assertNotNull(manifest.finishedAt());
        assertEquals(spark.version(), manifest.sparkVersion());
        assertEquals(spark.sparkContext().applicationId(), manifest.applicationId());
        assertNotNull(manifest.modelSha256());
        long withTopics = articles.values().stream().filter(r -> !r.getList(r.fieldIndex("topics")).isEmpty()).count();
        assertEquals(articles.size() - withTopics, manifest.withoutTopic(), "the manifest's topic counts match the table");
        for (String topic : briefing.topics.Topics.ALL) {
            long inTable = articles.values().stream().filter(r -> r.getList(r.fieldIndex("topics")).contains(topic)).count();
            assertEquals(inTable, manifest.topicCounts().get(topic), topic);
        }
        assertEquals(java.util.List.of("check", "load_model", "read", "validate", "wait_model", "write_rejects", "vectorise_classify_summarise_write", "publish"),
                java.util.List.copyOf(manifest.stageSeconds().keySet()));
        assertFalse(Files.exists(Path.of(out, "_staging")), "the staging directory is gone");
        for (Row r : rejects) {
            assertNotNull(r.getAs("reason"));
            assertFalse(((String) r.getAs("message")).isBlank());
            assertTrue(((String) r.getAs("source_file")).endsWith("mixed.jsonl"));
            assertNotNull(r.getAs("line"));
            assertTrue(((String) r.getAs("raw_record")).length() <= 4096);
        }
    }

    @Test
    void malformedJsonIsRejectedWithItsLine() {
        assertEquals("MALFORMED_RECORD", rejectAt(3).getAs("reason"));
        assertEquals("{\"id\": \"broken\", \"text\": \"unterminated", rejectAt(3).getAs("raw_record"));
        assertEquals("MALFORMED_RECORD", rejectAt(4).getAs("reason"));
        assertTrue(((String) rejectAt(4).getAs("message")).contains("an array"));
        assertEquals("MALFORMED_RECORD", rejectAt(21).getAs("reason"), "text after the object");
    }

    @Test
    void wrongFieldTypesAreRejectedNamingTheField() {
        assertEquals("WRONG_FIELD_TYPE", rejectAt(5).getAs("reason"));
        assertTrue(((String) rejectAt(5).getAs("message")).contains("'text' is a number"), (String) rejectAt(5).getAs("message"));
        assertEquals("WRONG_FIELD_TYPE", rejectAt(6).getAs("reason"));
        assertTrue(((String) rejectAt(6).getAs("message")).contains("'id' is an object"));
        assertTrue(articles.containsKey("12345"), "a whole-number id is an id");
    }

    @Test
    void missingOrEmptyTextIsRejected() {
        for (long line : new long[] {7, 8, 9}) {
            assertEquals("EMPTY_TEXT", rejectAt(line).getAs("reason"), "line " + line);
        }
        assertEquals("no-text", rejectAt(7).getAs("article_id"));
        assertTrue(((String) rejectAt(7).getAs("raw_record")).contains("Only a title"));
    }

    @Test
    void aMissingIdIsDerivedStablyAndFlagged() {
        List<String> derived = articles.keySet().stream().filter(id -> id.startsWith("sha256:")).toList();
        assertEquals(1, derived.size());
        assertTrue(derived.get(0).matches("sha256:[0-9a-f]{16}"));
        assertEquals(List.of("id_derived"), flags(derived.get(0)));
        assertEquals(List.of(), flags("ok-1"), "a clean article has no flags");
    }

    @Test
    void ofDuplicateIdsTheFirstIsKeptAndTheRestRejected() {
        assertEquals("First version of the statement.", summary("dup"));
        Row dup = rejectAt(12);
        assertEquals("DUPLICATE_ID", dup.getAs("reason"));
        assertEquals("dup", dup.getAs("article_id"));
        assertTrue(((String) dup.getAs("message")).endsWith("mixed.jsonl line 11"), (String) dup.getAs("message"));
        assertTrue(((String) dup.getAs("raw_record")).contains("Second version of the statement"));
    }

    @Test
    void htmlIsReducedToText() {
        assertEquals(List.of("html_stripped"), flags("html"));
        String summary = summary("html");
        assertFalse(summary.contains("<") || summary.contains("&amp;") || summary.contains("alert"), summary);
        assertTrue(summary.contains("The minister & the envoy met on Monday."), summary);
        assertEquals(3, (int) articles.get("html").getAs("sentence_count"));
    }

    @Test
    void controlCharactersAndNulAreRemoved() {
        assertEquals(List.of("control_chars_removed"), flags("ctrl"));
        String summary = summary("ctrl");
        assertTrue(summary.startsWith("The envoys met on Monday."), summary);
        assertTrue(summary.chars().noneMatch(c -> c < 0x20), summary);
    }

    @Test
    void invalidUtf8IsReplacedAndFlagged() {
        assertEquals(List.of("invalid_utf8_replaced"), flags("bad-utf8"));
        assertTrue(summary("bad-utf8").contains("went well\uFFFD"), summary("bad-utf8"));
    }

    @Test
    void aVeryLongArticleIsCappedAndStillSummarised() {
        assertEquals(List.of("truncated"), flags("long"));
        Row r = articles.get("long");
        // One sentence repeated: the summariser keeps no near-repeats, so fewer than 3 is right here.
        assertFalse(r.getList(r.fieldIndex("summary_sentences")).isEmpty(), "a summary is still produced");
        int words = r.getAs("word_count");
        assertTrue(words < LONG.split(" ").length / 2 && words > 15_000, "words counted in the capped text: " + words);
    }

    @Test
    void textWithoutSentencePunctuationStillGetsASummary() {
        Row r = articles.get("no-punct");
        assertEquals(1, (int) r.getAs("sentence_count"));
        assertTrue(summary("no-punct").startsWith("the ministers met in geneva"), summary("no-punct"));
        assertEquals("en", r.getAs("language"));
    }

    @Test
    void nonEnglishTextGetsItsLanguageAndNoGuessedTopics() {
        Row fr = articles.get("fr-1");
        assertEquals("fr", fr.getAs("language"));
        assertEquals(List.of(), fr.getList(fr.fieldIndex("topics")));
        assertTrue(fr.getJavaMap(fr.fieldIndex("topic_scores")).isEmpty());
        assertNull(fr.getAs("primary_topic"));
        assertEquals(3, fr.getList(fr.fieldIndex("summary_sentences")).size(), "still summarised");
        Row en = articles.get("ok-1");
        assertEquals("en", en.getAs("language"));
        assertEquals(3, en.getJavaMap(en.fieldIndex("topic_scores")).size());
    }

    @Test
    void aBinaryLineIsRejectedAsBinary() {
        assertEquals("BINARY_CONTENT", rejectAt(19).getAs("reason"));
        assertNull(rejectAt(19).getAs("article_id"));
    }

    @Test
    void aBinaryFileInAFolderOfTextFilesIsRejectedAndOthersAreIgnored() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("txt"));
        Files.writeString(folder.resolve("good.txt"), "Ministers meet in Geneva\n\n" + ENGLISH + "\n");
        byte[] binary = new byte[2048];
        new java.util.Random(3).nextBytes(binary);
        Files.write(folder.resolve("scan.txt"), binary);
        Files.write(folder.resolve("photo.png"), binary);
        Files.write(folder.resolve("latin1.txt"), ("Caf\u00e9 talks. " + ENGLISH).getBytes(StandardCharsets.ISO_8859_1));
        String txtOut = dir.resolve("txt-out").toString();
        RunReport r = new BriefingRun(spark).run(new RunOptions(folder.toString(), null, txtOut, DATE, MODEL, 3, 1.0));
        RunManifest m = onlyManifest(txtOut);
        assertEquals(new RunManifest.Counts(3, 2, 1, Map.of("BINARY_CONTENT", 1L)), m.counts(), "photo.png is not an input");
        assertEquals(r.read(), m.counts().read());
        Row reject = spark.read().parquet(txtOut + "/rejects").first();
        assertTrue(((String) reject.getAs("source_file")).endsWith("scan.txt"));
        assertNull(reject.getAs("line"));
        Row latin1 = spark.read().parquet(txtOut + "/articles").where("article_id = 'latin1'").first();
        assertEquals(List.of("invalid_utf8_replaced"), latin1.getList(latin1.fieldIndex("flags")));
    }

    @Test
    void anEmptyInputIsACleanRunWithZeroRowsThatReplacesTheDate() throws Exception {
        Path some = Files.writeString(dir.resolve("some.jsonl"), "{\"id\": \"a\", \"text\": \"" + ENGLISH + "\"}\n");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        String emptyOut = dir.resolve("empty-out").toString();
        new BriefingRun(spark).run(new RunOptions(some.toString(), null, emptyOut, DATE, MODEL, 3));
        assertTrue(Files.isDirectory(Path.of(emptyOut, "articles", "run_date=2026-11-22")));
        RunReport r = new BriefingRun(spark).run(new RunOptions(empty.toString(), null, emptyOut, DATE, MODEL, 3));
        assertEquals(RunManifest.SUCCEEDED, r.status());
        assertEquals(0, r.read());
        assertFalse(Files.exists(Path.of(emptyOut, "articles", "run_date=2026-11-22")), "the re-run of the date with no articles replaced it");
        RunManifest m = RunManifest.fromJson(Files.readString(Path.of(r.manifestPath().replace("file:", ""))));
        assertEquals(new RunManifest.Counts(0, 0, 0, Map.of()), m.counts());
        assertEquals(0.0, m.rejectRatio());

        Path emptyFolder = Files.createDirectories(dir.resolve("empty-folder"));
        RunReport folder = new BriefingRun(spark).run(new RunOptions(emptyFolder.toString(), null, dir.resolve("empty-folder-out").toString(), DATE, MODEL, 3));
        assertEquals(0, folder.read());
        assertEquals(RunManifest.SUCCEEDED, folder.status());
    }

    @Test
    void aMissingInputFailsClearlyAndWritesOnlyTheFailedManifest() throws Exception {
        String failedOut = dir.resolve("missing-out").toString();
        Exception e = assertThrows(IllegalArgumentException.class, () -> new BriefingRun(spark).run(
                new RunOptions(dir.resolve("nowhere.jsonl").toString(), null, failedOut, DATE, MODEL, 3)));
        assertTrue(e.getMessage().contains("input path does not exist"), e.getMessage());
        assertFalse(Files.exists(Path.of(failedOut, "articles")));
        assertFalse(Files.exists(Path.of(failedOut, "rejects")));
        assertFalse(Files.exists(Path.of(failedOut, "_staging")));
        RunManifest m = onlyManifest(failedOut);
        assertEquals(RunManifest.FAILED, m.status());
        assertTrue(m.error().contains("input path does not exist"), m.error());
        assertNull(m.counts());
    }

    @Test
    void anUnwritableOutputFailsBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Path input = Files.writeString(dir.resolve("one.jsonl"), "{\"id\": \"a\", \"text\": \"" + ENGLISH + "\"}\n");
        Exception e = assertThrows(Exception.class, () -> new BriefingRun(spark).run(
                new RunOptions(input.toString(), null, file.resolve("out").toString(), DATE, MODEL, 3)));
        assertTrue(e.getMessage().contains("cannot write to the output directory"), e.getMessage());
        assertEquals("not a directory", Files.readString(file), "nothing written");
    }

    @Test
    void anUntrustedModelIsRefusedBeforeAnyWorkAndTheFailureIsRecorded() throws Exception {
        Path model = dir.resolve("tampered-model");
        FileUtils.copyDirectory(Path.of(ModelBundle.resolve(spark, MODEL)).toFile(), model.toFile());
        Path topicFile = model.resolve(ModelBundle.topicModelFile("sanctions"));
        byte[] bytes = Files.readAllBytes(topicFile);
        bytes[bytes.length / 3] ^= 1;
        Files.write(topicFile, bytes);
        Path input = Files.writeString(dir.resolve("two.jsonl"), "{\"id\": \"a\", \"text\": \"" + ENGLISH + "\"}\n");
        String modelOut = dir.resolve("model-out").toString();
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> new BriefingRun(spark).run(
                new RunOptions(input.toString(), null, modelOut, DATE, model.toString(), 3)));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertFalse(Files.exists(Path.of(modelOut, "articles")));
        assertEquals(RunManifest.FAILED, onlyManifest(modelOut).status());

        // A corrupt file whose checksum was updated to match is still refused, when it is decoded.
        byte[] garbage = "not a protobuf at all".getBytes(StandardCharsets.UTF_8);
        Files.write(topicFile, garbage);
        Path json = model.resolve(ModelBundle.METADATA_FILE);
        Files.writeString(json, Files.readString(json).replaceAll("\"topics/sanctions.tribuo.pb.gz\" : \"[0-9a-f]+\"",
                "\"topics/sanctions.tribuo.pb.gz\" : \"" + briefing.io.HadoopFiles.sha256(garbage) + "\""));
        e = assertThrows(ModelLoadException.class, () -> new BriefingRun(spark).run(
                new RunOptions(input.toString(), null, dir.resolve("corrupt-out").toString(), DATE, model.toString(), 3)));
        assertTrue(e.getMessage().contains("corrupt model"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("corrupt-out/articles")));
    }

    @Test
    void anUntrustedSummaryModelIsRefusedBeforeAnyWork() throws Exception {
        Path summary = dir.resolve("summary-model");
        Path root = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
        String latest = Files.readString(root.resolve("models/summary/LATEST")).trim();
        FileUtils.copyDirectory(root.resolve("models/summary/" + latest).toFile(), summary.toFile());
        Path scorer = summary.resolve(briefing.model.SummaryModel.SCORER_FILE);
        byte[] bytes = Files.readAllBytes(scorer);
        bytes[bytes.length / 2] ^= 1;
        Files.write(scorer, bytes);
        Path input = Files.writeString(dir.resolve("one.jsonl"), "{\"id\": \"a\", \"text\": \"" + ENGLISH + "\"}\n");
        String out = dir.resolve("summary-out").toString();
        RunOptions options = new RunOptions(input.toString(), null, out, DATE, MODEL, 3).withSummaryModel(summary.toString());
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> new BriefingRun(spark).run(options));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertFalse(Files.exists(Path.of(out, "articles")));
        assertEquals(RunManifest.FAILED, onlyManifest(out).status());

        // Decoded beside the read: a file that is no gzipped protobuf, its checksum made to match, stops the run, nothing written.
        byte[] garbage = "not a protobuf at all".getBytes(StandardCharsets.UTF_8);
        Files.write(scorer, garbage);
        Path json = summary.resolve("model.json");
        Files.writeString(json, Files.readString(json).replaceAll("\"sentence-scorer.tribuo.pb.gz\" : \"[0-9a-f]+\"",
                "\"sentence-scorer.tribuo.pb.gz\" : \"" + briefing.io.HadoopFiles.sha256(garbage) + "\""));
        String corruptOut = dir.resolve("summary-corrupt-out").toString();
        e = assertThrows(ModelLoadException.class, () -> new BriefingRun(spark).run(
                new RunOptions(input.toString(), null, corruptOut, DATE, MODEL, 3).withSummaryModel(summary.toString())));
        assertTrue(e.getMessage().contains("corrupt model"), e.getMessage());
        assertFalse(Files.exists(Path.of(corruptOut, "articles")));
    }
}
