package briefing.job;

import static org.junit.jupiter.api.Assertions.*;

import briefing.model.HadoopFiles;
import briefing.model.Json;
import briefing.model.ModelBundle;
import briefing.model.ModelLoadException;
import briefing.testing.TestSpark;
import briefing.topics.TermVector;
import briefing.topics.TopicModelSettings;
import briefing.topics.Topics;
import briefing.vectorize.VectorizerSettings;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An NB-LR model (--nb-ratio) trained, saved with its ratios, checked on load, and run by the job. */
class NbModelTest {
    static final SparkSession spark = TestSpark.session();
    @TempDir static Path dir;
    static String modelDir;
    static ModelBundle trained;

    @BeforeAll
    static void trainAModel() throws Exception {
        Path labels = SyntheticArticles.writeLabelled(dir.resolve("labels.jsonl"), 80, 11L);
        modelDir = dir.resolve("models/topics/nb1").toString();
        TopicModelRecipe recipe = new TopicModelRecipe(spark, new VectorizerSettings(5000, 1, 1, false, true),
                new TopicModelSettings(TopicModelSettings.Trainer.LIBLINEAR, 10, 0.5, 4.0, false, 1L, 3, 0.5));
        trained = new Training(spark, recipe).train(labels.toString(), modelDir, 0);
    }

    @Test
    void theRatiosAreSavedChecksummedAndRecordedAndTheModelScoresAsTrained() throws Exception {
        Path ratiosFile = Path.of(modelDir, ModelBundle.NB_RATIOS_FILE);
        byte[] bytes = Files.readAllBytes(ratiosFile);
        assertEquals(3L * trained.vocabulary().length * 4, bytes.length);
        assertEquals(HadoopFiles.sha256(bytes), trained.metadata().nbRatiosSha256());
        assertEquals(0.5, trained.metadata().topicModel().get("nb_beta"));
        assertEquals(1.0, trained.metadata().topicModel().get("nb_alpha"));
        String card = Files.readString(Path.of(modelDir, ModelBundle.CARD_FILE));
        assertTrue(card.contains("nb_beta: 0.5") && card.contains("nb_alpha: 1.0") && card.contains(ModelBundle.NB_RATIOS_FILE), card);
        assertTrue(card.contains("nb-beta"), "the Tribuo provenance records beta");

        ModelBundle loaded = ModelBundle.load(spark, modelDir);
        assertNotNull(loaded.classifier().ratios());
        Random random = new Random(2);
        for (int i = 0; i < 10; i++) {
            List<LabelledArticle> one = List.of(new LabelledArticle("x", "t", SyntheticArticles.text(Set.of(Topics.SANCTIONS), random), Set.of()));
            TermVector v = DriverVectors.of(spark, loaded.vectorizer(), one).get(0);
            assertEquals(trained.classifier().scores(v), loaded.classifier().scores(v));
        }
    }

    @Test
    void anNbLrModelIsWrittenInFormat3WhichAReleaseReadingFormat2Refuses() throws Exception {
        String json = Files.readString(Path.of(modelDir, ModelBundle.METADATA_FILE));
        assertEquals(3, Json.MAPPER.readTree(json).get("format_version").asInt());
        assertEquals(trained.metadata().nbRatiosSha256(), Json.MAPPER.readTree(json).get("nb_ratios_sha256").asText());
        assertThrows(UnrecognizedPropertyException.class, () -> Json.MAPPER.readValue(json, FormatTwoMetadata.class),
                "a release without NB-LR must not read the model as a plain one");
        ModelBundle loaded = ModelBundle.load(spark, modelDir);
        assertEquals(3, loaded.metadata().formatVersion());
        assertNotNull(loaded.classifier().ratios());
    }

    @Test
    void aTamperedOrMisshapenRatiosFileIsRefused() throws Exception {
        Path copy = dir.resolve("tampered");
        FileUtils.copyDirectory(Path.of(modelDir).toFile(), copy.toFile());
        Path ratiosFile = copy.resolve(ModelBundle.NB_RATIOS_FILE);
        byte[] bytes = Files.readAllBytes(ratiosFile);
        bytes[bytes.length / 2] ^= 1;
        Files.write(ratiosFile, bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("checksum mismatch") && e.getMessage().contains(ModelBundle.NB_RATIOS_FILE), e.getMessage());

        // Cut short, with its checksum updated to match: refused for its length.
        byte[] shorter = java.util.Arrays.copyOf(bytes, bytes.length - 4);
        Files.write(ratiosFile, shorter);
        Path json = copy.resolve(ModelBundle.METADATA_FILE);
        Files.writeString(json, Files.readString(json).replaceAll("\"nb_ratios_sha256\" : \"[0-9a-f]+\"",
                "\"nb_ratios_sha256\" : \"" + HadoopFiles.sha256(shorter) + "\""));
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("corrupt model"), e.getMessage());

        Files.delete(ratiosFile);
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("incomplete model"), e.getMessage());

        // model.json no longer names the ratios: the model would load as a plain one and label nearly everything.
        Files.writeString(json, Files.readString(json).replaceAll("\"nb_ratios_sha256\" : \"[0-9a-f]+\"", "\"nb_ratios_sha256\" : null"));
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("ratios are missing"), e.getMessage());
    }

    @Test
    void theJobLabelsWithTheRatiosAndItsEvidenceOccursInTheArticles() throws Exception {
        Random random = new Random(5);
        List<String> lines = new java.util.ArrayList<>();
        List<Set<String>> kinds = List.of(Set.of(Topics.SANCTIONS), Set.of(Topics.HUMAN_RIGHTS), Set.of(Topics.DIPLOMACY), Set.of());
        for (int i = 0; i < 8; i++) {
            lines.add(String.format("{\"id\": \"a%d\", \"title\": \"Title %d\", \"text\": \"%s\"}", i, i, SyntheticArticles.text(kinds.get(i % 4), random)));
        }
        Path input = Files.write(dir.resolve("batch.jsonl"), lines);
        String out = dir.resolve("out").toString();
        RunReport report = new BriefingRun(spark).run(new RunOptions(input.toString(), null, out, LocalDate.of(2026, 11, 21), modelDir, 3));
        assertEquals(8, report.written());
        ModelBundle loaded = ModelBundle.load(spark, modelDir);
        List<Row> rows = spark.read().parquet(out + "/articles").collectAsList();
        int labelled = 0;
        for (Row row : rows) {
            String line = lines.stream().filter(l -> l.contains("\"" + row.getAs("article_id") + "\"")).findFirst().orElseThrow();
            EndToEndTest.assertEvidenceOccursInArticle(row, row.getAs("title") + " " + line);
            String text = line.replaceAll(".*\"text\": \"(.*)\"}", "$1");
            TermVector v = DriverVectors.of(spark, loaded.vectorizer(), List.of(new LabelledArticle("x", row.getAs("title"), text, Set.of()))).get(0);
            java.util.Map<String, Double> scores = row.getJavaMap(row.fieldIndex("topic_scores"));
            loaded.classifier().scores(v).forEach((topic, s) -> assertEquals(s, scores.get(topic), 1e-9, topic));
            if (!row.getList(row.fieldIndex("topics")).isEmpty()) labelled++;
        }
        assertTrue(labelled >= 4, "the topical articles get topics: " + labelled);
    }
}
