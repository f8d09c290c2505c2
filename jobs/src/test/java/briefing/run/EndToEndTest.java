package briefing.run;

import briefing.training.Training;
import briefing.training.TopicModelRecipe;
import briefing.training.LabelledArticle;
import briefing.testing.SyntheticArticles;
import static org.junit.jupiter.api.Assertions.*;

import briefing.io.OutputTables;
import briefing.io.Json;
import briefing.model.ModelBundle;
import briefing.model.ModelLoadException;
import briefing.model.ModelMetadata;
import briefing.testing.MllibVectors;
import briefing.testing.TestSpark;
import briefing.vectorize.TermVector;
import briefing.topics.TopicModelSettings;
import briefing.topics.Topics;
import briefing.vectorize.VectorizerSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path on made-up data: train, save, load, run the job, read the tables back. */
public class EndToEndTest {
    static final SparkSession spark = TestSpark.session();
    @TempDir static Path dir;
    static String modelDir;
    static ModelBundle trained;

    @BeforeAll
    static void trainAModel() throws Exception {
        Path labels = SyntheticArticles.writeLabelled(dir.resolve("labels.jsonl"), 80, 11L);
        modelDir = dir.resolve("models/topics/t1").toString();
        TopicModelRecipe recipe = new TopicModelRecipe(spark, new VectorizerSettings(5000, 1, 1, true), new TopicModelSettings(4.0, true, 1L, 3, 0));
        trained = new Training(spark, recipe).train(labels.toString(), modelDir, 3);
    }

    private static Path writeInput(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private static String article(String id, Set<String> topics, long seed) {
        return String.format("{\"id\": \"%s\", \"title\": \"Title %s\", \"text\": \"%s\", \"source\": \"Test Wire\", "
                + "\"url\": \"https://example.org/%s\", \"published_at\": \"2026-11-20T08:30:00Z\"}", id, id, SyntheticArticles.text(topics, new Random(seed)), id);
    }

    /** topic_evidence names exactly the assigned topics, each with 1-5 terms, every one of them words of the article in a row. */
    public static void assertEvidenceOccursInArticle(Row row, String article) {
        java.util.Map<String, scala.collection.Seq<String>> evidence = row.getJavaMap(row.fieldIndex("topic_evidence"));
        assertEquals(Set.copyOf(row.getList(row.fieldIndex("topics"))), evidence.keySet(), "evidence for each assigned topic, no other");
        String words = " " + article.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        evidence.forEach((topic, terms) -> {
            List<String> list = scala.jdk.javaapi.CollectionConverters.asJava(terms);
            assertTrue(!list.isEmpty() && list.size() <= 5, topic + ": " + list);
            for (String term : list) assertTrue(words.contains(" " + term + " "), "evidence '" + term + "' is not in article " + row.getAs("article_id"));
        });
    }

    @Test
    void savedModelLoadsAndScoresExactlyAsTrained() {
        ModelBundle loaded = ModelBundle.load(spark, modelDir);
        assertArrayEquals(trained.vocabulary(), loaded.vocabulary());
        assertEquals(trained.metadata().thresholds(), loaded.metadata().thresholds());
        assertEquals(trained.classifier().calibration(), loaded.classifier().calibration());
        assertTrue(Files.exists(Path.of(modelDir, Training.REPORT_DIR, "reliability.png")));
        assertEquals("topics-t1", loaded.metadata().modelVersion());
        Random random = new Random(2);
        for (int i = 0; i < 10; i++) {
            List<LabelledArticle> one = List.of(new LabelledArticle("x", "t", SyntheticArticles.text(Set.of(Topics.DIPLOMACY), random), Set.of()));
            // The trained model on MLlib's vector, the loaded one as the job scores: the plain-Java vectoriser read from the saved files.
            TermVector v = MllibVectors.of(spark, PipelineModel.load(modelDir + "/" + ModelBundle.VECTORIZER_DIR), one, trained.vocabulary()).get(0);
            Map<String, Double> asJob = loaded.classifier().scores(loaded.pipeline().vectorizer().vectorise("t", one.get(0).text()));
            trained.classifier().scores(v).forEach((topic, s) -> assertEquals(s, asJob.get(topic), 1e-12, topic));
        }
        assertTrue(Files.exists(Path.of(modelDir, ModelBundle.CARD_FILE)));
    }

    @Test
    void runWritesTheDocumentedTablesAndReportsCounts() throws Exception {
        Path input = writeInput("batch.jsonl",
                article("s1", Set.of(Topics.SANCTIONS), 1),
                article("h1", Set.of(Topics.HUMAN_RIGHTS), 2),
                article("d1", Set.of(Topics.DIPLOMACY, Topics.SANCTIONS), 3),
                article("n1", Set.of(), 4),
                "{\"id\": \"bad\", \"text\": ",
                "{\"id\": \"empty\", \"text\": \"\"}");
        String out = dir.resolve("out").toString();
        RunReport report = new BriefingRun(spark).run(new RunOptions(input.toString(), null, out, LocalDate.of(2026, 11, 21), modelDir, 3));
        assertEquals(4, report.written());
        assertEquals(2, report.rejected());

        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        assertEquals(OutputTables.ARTICLES_SCHEMA.catalogString(), articles.select(OutputTables.ARTICLES_SCHEMA.fieldNames()[0],
                java.util.Arrays.copyOfRange(OutputTables.ARTICLES_SCHEMA.fieldNames(), 1, OutputTables.ARTICLES_SCHEMA.size())).schema().catalogString());
        assertEquals(OutputTables.ARTICLES_SCHEMA.size(), articles.columns().length);
        Row s1 = articles.where("article_id = 's1'").first();
        assertEquals(List.of(Topics.SANCTIONS), s1.getList(s1.fieldIndex("topics")));
        assertEquals(Topics.SANCTIONS, s1.getAs("primary_topic"));
        assertEquals(Set.copyOf(Topics.ALL), s1.getJavaMap(s1.fieldIndex("topic_scores")).keySet());
        assertEquals("topics-t1", s1.getAs("model_version"));
        assertEquals(report.runId(), s1.getAs("run_id"));
        assertEquals(java.sql.Date.valueOf("2026-11-21"), s1.getAs("run_date"));
        assertEquals(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-20T08:30:00Z")), s1.getAs("published_at"));
        assertEquals(Set.of(Topics.DIPLOMACY, Topics.SANCTIONS), Set.copyOf(articles.where("article_id = 'd1'").first().getList(5)));
        Row none = articles.where("article_id = 'n1'").first();
        assertTrue(none.getList(none.fieldIndex("topics")).isEmpty());
        assertNull(none.getAs("primary_topic"));

        for (Row row : articles.collectAsList()) {
            String text = Files.readAllLines(input).stream().filter(l -> l.contains("\"" + row.getAs("article_id") + "\"")).findFirst().orElseThrow();
            List<Row> sentences = row.getList(row.fieldIndex("summary_sentences"));
            assertEquals(Math.min(3, (int) row.getAs("sentence_count")), sentences.size(), "3 sentences, or the whole of a shorter article");
            int last = -1;
            for (Row s : sentences) {
                assertTrue(text.contains(s.getString(1)), "summary sentence is the article's own: " + s.getString(1));
                assertTrue(s.getInt(0) > last, "in article order");
                last = s.getInt(0);
            }
            assertEvidenceOccursInArticle(row, row.getAs("title") + " " + text);
            assertTrue((int) row.getAs("sentence_count") >= 2);
            assertTrue((int) row.getAs("word_count") > 10);
            java.util.Map<String, String> topicSummaries = row.getJavaMap(row.fieldIndex("topic_summaries"));
            assertTrue(row.getList(row.fieldIndex("topics")).containsAll(topicSummaries.keySet()), "only assigned topics: " + topicSummaries.keySet());
            for (String focused : topicSummaries.values()) {
                assertTrue(!focused.isEmpty() && text.contains(focused.split("(?<=[.!?]) ")[0]), "the article's own sentences: " + focused);
            }
        }
        assertTrue(s1.getJavaMap(s1.fieldIndex("topic_summaries")).containsKey(Topics.SANCTIONS), "a sanctions article has a sanctions angle");

        Dataset<Row> rejects = spark.read().parquet(out + "/rejects");
        assertEquals(OutputTables.REJECTS_SCHEMA.catalogString(), rejects.select(
                "source_file", "line", "article_id", "reason", "message", "raw_record", "run_id", "processed_at", "run_date").schema().catalogString());
        Map<String, Long> reasons = new java.util.TreeMap<>();
        rejects.groupBy("reason").count().collectAsList().forEach(r -> reasons.put(r.getString(0), r.getLong(1)));
        assertEquals(Map.of("EMPTY_TEXT", 1L, "MALFORMED_RECORD", 1L), reasons);
    }

    @Test
    void rerunningADateReplacesItAndLeavesOtherDatesAlone() throws Exception {
        Path input = writeInput("small.jsonl", article("a", Set.of(Topics.SANCTIONS), 5), article("b", Set.of(), 6));
        String out = dir.resolve("rerun").toString();
        BriefingRun run = new BriefingRun(spark);
        run.run(new RunOptions(input.toString(), null, out, LocalDate.of(2026, 11, 1), modelDir, 2));
        run.run(new RunOptions(input.toString(), null, out, LocalDate.of(2026, 11, 2), modelDir, 2));
        List<String> first = rowsOf(out, "2026-11-02");
        RunReport again = run.run(new RunOptions(input.toString(), null, out, LocalDate.of(2026, 11, 2), modelDir, 2));
        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        assertEquals(2, articles.where("run_date = DATE'2026-11-01'").count());
        assertEquals(2, articles.where("run_date = DATE'2026-11-02'").count());
        assertEquals(1, articles.where("run_date = DATE'2026-11-02'").select("run_id").distinct().count());
        assertEquals(again.runId(), articles.where("run_date = DATE'2026-11-02'").first().getAs("run_id"));
        assertEquals(first, rowsOf(out, "2026-11-02"), "the same input gives the same rows, but for run_id and processed_at");
    }

    private static List<String> rowsOf(String out, String runDate) {
        return spark.read().parquet(out + "/articles").where("run_date = DATE'" + runDate + "'")
                .drop("run_id", "processed_at").orderBy("article_id").collectAsList().stream().map(Row::toString).toList();
    }

    @Test
    void aTamperedModelIsRefusedBeforeAnyWork() throws Exception {
        Path copy = dir.resolve("tampered");
        FileUtils.copyDirectory(Path.of(modelDir).toFile(), copy.toFile());
        Path topicFile = copy.resolve(ModelBundle.topicModelFile(Topics.DIPLOMACY));
        byte[] bytes = Files.readAllBytes(topicFile);
        bytes[bytes.length / 2] ^= 1;
        Files.write(topicFile, bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());

        Path foreign = dir.resolve("foreign");
        FileUtils.copyDirectory(Path.of(modelDir).toFile(), foreign.toFile());
        Path json = foreign.resolve(ModelBundle.METADATA_FILE);
        Files.writeString(json, Files.readString(json).replace("\"spark_version\" : \"" + spark.version() + "\"", "\"spark_version\" : \"3.5.1\""));
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, foreign.toString()));
        assertTrue(e.getMessage().contains("Spark 3.5.1"), e.getMessage());

        e = assertThrows(ModelLoadException.class, () -> ModelBundle.resolve(spark, dir.resolve("nowhere").toString()));
        assertTrue(e.getMessage().contains("no model"), e.getMessage());
    }

    @Test
    void aPlainModelIsWrittenInFormat4WithEveryFileChecksummed() throws Exception {
        assertNull(trained.classifier().ratios());
        JsonNode json = Json.MAPPER.readTree(Path.of(modelDir, ModelBundle.METADATA_FILE).toFile());
        assertEquals(4, json.get("format_version").asInt());
        Set<String> listed = new java.util.TreeSet<>();
        json.get("files_sha256").fieldNames().forEachRemaining(listed::add);
        Set<String> onDisk = new java.util.TreeSet<>();
        try (var paths = Files.walk(Path.of(modelDir))) {
            paths.filter(Files::isRegularFile).map(p -> Path.of(modelDir).relativize(p).toString())
                    .filter(p -> !p.endsWith(".crc") && !p.startsWith(Training.REPORT_DIR + "/")
                            && !p.equals(ModelBundle.METADATA_FILE) && !p.equals(ModelBundle.CARD_FILE))
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, listed, "every file of the model, and only those, with its checksum");
        for (String topic : Topics.ALL) assertTrue(listed.contains(ModelBundle.topicModelFile(topic)), topic);
        assertFalse(listed.contains(ModelBundle.NB_RATIOS_FILE));
        assertEquals(4, ModelBundle.load(spark, modelDir).metadata().formatVersion());
    }

    @Test
    void aModelOfAFormatThisBuildDoesNotReadIsRefused() throws Exception {
        for (int version : new int[] {3, ModelMetadata.FORMAT + 1}) {
            Path copy = dir.resolve("format-" + version);
            FileUtils.copyDirectory(Path.of(modelDir).toFile(), copy.toFile());
            Path json = copy.resolve(ModelBundle.METADATA_FILE);
            Files.writeString(json, Files.readString(json).replace("\"format_version\" : 4", "\"format_version\" : " + version));
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
            assertTrue(e.getMessage().contains("has format version " + version + "; this build reads format 4"), e.getMessage());
        }
    }

    @Test
    void aFolderWithLatestResolvesToThatVersion() throws Exception {
        Path parent = Path.of(modelDir).getParent();
        Files.writeString(parent.resolve(ModelBundle.LATEST_FILE), "t1\n");
        assertEquals(modelDir, ModelBundle.resolve(spark, parent.toString()));
    }
}
