package briefing.run;

import static org.junit.jupiter.api.Assertions.*;

import briefing.io.InputFormat;
import briefing.model.ModelBundle;
import briefing.model.ModelLoadException;
import briefing.testing.SharedData;
import briefing.testing.TestSpark;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed model (models/topics, LATEST) through the real job: on the seed articles and on data/samples. */
public class CommittedModelTest {
    static final SparkSession spark = TestSpark.session();
    public static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
    public static final String MODEL = ROOT.resolve("models/topics").toString();
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    /** The settings' declarations record the LATEST recipe's settings in the very words its model.json has them. */
    @Test
    void theDeclaredSettingsRecordTheCommittedRecipeAsItsModelJsonDoes() throws Exception {
        JsonNode json = JSON.readTree(ROOT.resolve("models/topics/v6/model.json").toFile());
        java.util.Map<String, Object> vectorizer = new briefing.vectorize.VectorizerSettings(25_000, 2, 1, true).describe();
        java.util.Map<String, Object> topicModel = briefing.topics.TopicModelSettings.DEFAULT.withNbRatio(0.5).describe();
        for (var e : vectorizer.entrySet()) assertEquals(json.path("vectorizer").path(e.getKey()).asText(), String.valueOf(e.getValue()), e.getKey());
        for (var e : topicModel.entrySet()) assertEquals(json.path("topic_model").path(e.getKey()).asText(), String.valueOf(e.getValue()), e.getKey());
        assertEquals(List.copyOf(vectorizer.keySet()), fieldNames(json.path("vectorizer")).subList(0, vectorizer.size()), "in the same order");
        assertEquals(List.copyOf(topicModel.keySet()), fieldNames(json.path("topic_model")).subList(0, topicModel.size()), "in the same order");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void seedsGetTheirExpectedTopicsAndThreeSentenceSummariesOfTheirOwnSentences() throws Exception {
        Path seeds = SharedData.require("seeds");
        String out = dir.resolve("seeds-out").toString();
        RunReport report = new BriefingRun(spark).run(new RunOptions(seeds.toString(), InputFormat.TXT, out, LocalDate.of(2026, 11, 22), MODEL, 3));
        List<String> expectations = Files.readAllLines(seeds.resolve("expected.jsonl"));
        assertEquals(expectations.size(), report.written());
        assertEquals(0, report.rejected());
        List<Row> rows = spark.read().parquet(out + "/articles").collectAsList();
        for (String line : expectations) {
            JsonNode expected = JSON.readTree(line);
            String file = expected.get("file").asText();
            String id = file.replaceAll("\\.txt$", "");
            Row row = rows.stream().filter(r -> id.equals(r.getAs("article_id"))).findFirst().orElseThrow();
            Set<String> topics = Set.copyOf(row.getList(row.fieldIndex("topics")));
            Set<String> allowed = new HashSet<>();
            expected.get("labels").forEach(l -> allowed.add(l.asText()));
            Set<String> required = Set.copyOf(allowed);
            expected.get("may_also").forEach(l -> allowed.add(l.asText()));
            assertTrue(topics.containsAll(required), id + " must get " + required + ", got " + topics + " " + row.getJavaMap(row.fieldIndex("topic_scores")));
            assertTrue(allowed.containsAll(topics), id + " may only get " + allowed + ", got " + topics);

            String text = Files.readString(seeds.resolve(file)).replaceAll("\\s+", " ");
            EndToEndTest.assertEvidenceOccursInArticle(row, text);
            List<Row> summary = row.getList(row.fieldIndex("summary_sentences"));
            assertEquals(3, summary.size(), id);
            for (Row s : summary) {
                assertTrue(text.contains(s.getString(1)), id + ": not a sentence of the article: " + s.getString(1));
            }
            java.util.Map<String, String> focused = row.getJavaMap(row.fieldIndex("topic_summaries"));
            assertEquals(topics, focused.keySet(), id + ": a topic summary for each assigned topic");
            for (String part : focused.values()) {
                assertFalse(part.contains("@") || part.contains("[email") || part.contains("READ:") || part.contains("Getty Images"), id + ": " + part);
            }
        }
    }

    @Test
    void samplesAreAllWrittenHardNegativesGetNoTopicAndMostLabelsAreFound() throws Exception {
        Path samples = ROOT.resolve("data/samples");
        String out = dir.resolve("samples-out").toString();
        RunReport report = new BriefingRun(spark).run(new RunOptions(samples.resolve("articles.jsonl").toString(), null, out,
                LocalDate.of(2026, 11, 22), MODEL, 3));
        List<String> expectations = Files.readAllLines(samples.resolve("expected.jsonl"));
        assertEquals(expectations.size(), report.written());
        assertEquals(0, report.rejected());
        List<Row> rows = spark.read().parquet(out + "/articles").collectAsList();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (String line : expectations) {
            JsonNode expected = JSON.readTree(line);
            Row row = rows.stream().filter(r -> expected.get("id").asText().equals(r.getAs("article_id"))).findFirst().orElseThrow();
            Set<String> labels = new HashSet<>();
            expected.get("labels").forEach(l -> labels.add(l.asText()));
            Set<String> topics = Set.copyOf(row.getList(row.fieldIndex("topics")));
            if (labels.isEmpty()) {
                assertEquals(Set.of(), topics, "a hard negative (doping ban, 'sanction' as approval, competition fine, "
                        + "coalition or merger talks, right to buy) got a topic: " + row.getAs("title"));
            }
            for (String t : topics) if (labels.contains(t)) truePositives++; else falsePositives++;
            for (String l : labels) if (!topics.contains(l)) falseNegatives++;
        }
        double microF1 = 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
        System.out.printf("data/samples: micro-F1 %.2f (tp %d, fp %d, fn %d)%n", microF1, truePositives, falsePositives, falseNegatives);
        assertTrue(microF1 >= 0.65, "micro-F1 on data/samples fell to " + microF1);
    }

    @Test
    void onlyTheLatestVersionShipsItsFilesEveryVersionKeepsItsCardAndAnOlderOneSaysHowToRebuildIt() throws Exception {
        Path topics = ROOT.resolve("models/topics");
        String latest = Files.readString(topics.resolve(ModelBundle.LATEST_FILE)).trim();
        long bytes;
        try (var files = Files.walk(topics.resolve(latest))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("models/topics/%s: %,d bytes%n", latest, bytes);
        assertTrue(bytes <= 3L << 20, "the shipped model directory is at most 3 MiB: " + bytes);
        try (var versions = Files.list(topics)) {
            for (Path v : versions.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(v.resolve(ModelBundle.CARD_FILE)) && Files.exists(v.resolve(ModelBundle.METADATA_FILE)), v.toString());
                if (v.getFileName().toString().equals(latest)) continue;
                assertFalse(Files.exists(v.resolve(ModelBundle.VECTORIZER_DIR)), v + " is not shipped: its binaries are rebuilt from its card");
                ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, v.toString()));
                assertTrue(e.getMessage().contains("rebuilt from its MODEL_CARD.md"), e.getMessage());
            }
        }
    }

    @Test
    void theJarCarriesTheLatestModel() {
        String resolved = ModelBundle.resolve(spark, briefing.model.ModelSource.BUNDLED);
        ModelBundle bundled = ModelBundle.load(spark, resolved);
        ModelBundle inTree = ModelBundle.load(spark, ModelBundle.resolve(spark, MODEL));
        assertEquals(inTree.metadata().modelVersion(), bundled.metadata().modelVersion());
        assertEquals(inTree.sha256(), bundled.sha256(), "the same model.json, so the same checksums of every file");
    }
}
