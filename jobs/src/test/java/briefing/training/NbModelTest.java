package briefing.training;

import briefing.testing.SyntheticArticles;
import briefing.run.RunReport;
import briefing.run.RunOptions;
import briefing.run.EndToEndTest;
import briefing.run.CommittedModelTest;
import briefing.run.BriefingRun;
import static org.junit.jupiter.api.Assertions.*;

import briefing.io.HadoopFiles;
import briefing.model.ModelBundle;
import briefing.model.ModelLoadException;
import briefing.testing.MllibVectors;
import briefing.testing.TestSpark;
import briefing.vectorize.TermVector;
import briefing.topics.TopicModelSettings;
import briefing.topics.Topics;
import briefing.vectorize.VectorizerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.io.FileUtils;
import org.apache.spark.ml.PipelineModel;
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
        TopicModelRecipe recipe = new TopicModelRecipe(spark, new VectorizerSettings(5000, 1, 1, true),
                new TopicModelSettings(4.0, false, 1L, 3, 0.5));
        trained = new Training(spark, recipe).train(labels.toString(), modelDir, 0);
    }

    @Test
    void theRatiosAreSavedChecksummedAndRecordedAndTheModelScoresAsTrained() throws Exception {
        Path ratiosFile = Path.of(modelDir, ModelBundle.NB_RATIOS_FILE);
        byte[] bytes = Files.readAllBytes(ratiosFile);
        assertEquals(3L * trained.vocabulary().length * 4, bytes.length);
        assertEquals(HadoopFiles.sha256(bytes), trained.metadata().filesSha256().get(ModelBundle.NB_RATIOS_FILE));
        assertEquals(0.5, trained.metadata().topicModel().get("nb_beta"));
        assertEquals(1.0, trained.metadata().topicModel().get("nb_alpha"));
        String card = Files.readString(Path.of(modelDir, ModelBundle.CARD_FILE));
        assertTrue(card.contains("nb_beta: 0.5") && card.contains("nb_alpha: 1.0") && card.contains(ModelBundle.NB_RATIOS_FILE), card);
        assertTrue(card.contains("nb-beta"), "the Tribuo provenance records beta");
        for (String topic : Topics.ALL) assertTrue(card.contains(ModelBundle.topicModelFile(topic)), "the card names " + topic + "'s model file");

        ModelBundle loaded = ModelBundle.load(spark, modelDir);
        assertNotNull(loaded.classifier().ratios());
        Random random = new Random(2);
        for (int i = 0; i < 10; i++) {
            List<LabelledArticle> one = List.of(new LabelledArticle("x", "t", SyntheticArticles.text(Set.of(Topics.SANCTIONS), random), Set.of()));
            TermVector v = MllibVectors.of(spark, PipelineModel.load(modelDir + "/" + ModelBundle.VECTORIZER_DIR), one, trained.vocabulary()).get(0);
            Map<String, Double> asJob = loaded.classifier().scores(loaded.pipeline().vectorizer().vectorise("t", one.get(0).text()));
            trained.classifier().scores(v).forEach((topic, s) -> assertEquals(s, asJob.get(topic), 1e-12, topic));
        }
    }

    @Test
    void eachTopicsOwnTribuoModelPredictsRightOnTheScaledVector() throws Exception {
        ModelBundle loaded = ModelBundle.load(spark, modelDir);
        var model = loaded.classifier().topicModel();
        Random random = new Random(4);
        for (int i = 0; i < 10; i++) {
            TermVector v = loaded.pipeline().vectorizer().vectorise("t", SyntheticArticles.text(Set.of(Topics.HUMAN_RIGHTS), random));
            java.util.Map<String, Double> margins = loaded.classifier().margins(v);
            for (int t = 0; t < Topics.ALL.size(); t++) {
                String topic = Topics.ALL.get(t);
                TermVector scaled = model.ratios().scale(t, v);
                double p = model.perTopic().get(topic).predict(new org.tribuo.impl.ArrayExample<>(org.tribuo.classification.LabelFactory.UNKNOWN_LABEL,
                        scaled.terms(), scaled.weights())).getOutputScores().get(topic).getScore();
                assertEquals(p, briefing.topics.PlattScaling.sigmoid(margins.get(topic)), 1e-9, topic);
            }
        }
    }

    @Test
    void aMissingFileATruncatedProtobufOrAModelForAnotherVocabularyIsRefused() throws Exception {
        Path missing = copyOfModel("missing");
        Path part;
        try (var parts = Files.walk(missing.resolve(ModelBundle.VECTORIZER_DIR))) {
            part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.delete(part);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, missing.toString()));
        assertTrue(e.getMessage().contains("incomplete model") && e.getMessage().contains(part.getFileName().toString()), e.getMessage());

        // A protobuf cut short, gzipped again and its checksum updated: refused by the protobuf parser.
        Path truncated = copyOfModel("truncated");
        String file = ModelBundle.topicModelFile(Topics.HUMAN_RIGHTS);
        byte[] proto = new java.util.zip.GZIPInputStream(Files.newInputStream(truncated.resolve(file))).readAllBytes();
        replace(truncated, file, gzip(java.util.Arrays.copyOf(proto, proto.length / 2)));
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, truncated.toString()));
        assertTrue(e.getMessage().contains("corrupt model") && e.getMessage().contains("truncated") && e.getMessage().contains(file), e.getMessage());

        // The committed model's topic models (25,000 terms) beside this model's vectoriser: refused for their vocabulary.
        Path foreign = copyOfModel("foreign");
        Path committed = Path.of(ModelBundle.resolve(spark, CommittedModelTest.MODEL));
        for (String topic : Topics.ALL) {
            replace(foreign, ModelBundle.topicModelFile(topic), Files.readAllBytes(committed.resolve(ModelBundle.topicModelFile(topic))));
        }
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, foreign.toString()));
        assertTrue(e.getMessage().contains("for another vocabulary"), e.getMessage());
    }

    private static Path copyOfModel(String name) throws java.io.IOException {
        Path copy = dir.resolve(name);
        FileUtils.copyDirectory(Path.of(modelDir).toFile(), copy.toFile());
        return copy;
    }

    /** Replaces a file of the model and updates its checksum in model.json, as a careless or malicious copy would. */
    private static void replace(Path model, String file, byte[] bytes) throws java.io.IOException {
        Files.write(model.resolve(file), bytes);
        Path json = model.resolve(ModelBundle.METADATA_FILE);
        Files.writeString(json, Files.readString(json).replaceAll("\"" + java.util.regex.Pattern.quote(file) + "\" : \"[0-9a-f]+\"",
                "\"" + file + "\" : \"" + HadoopFiles.sha256(bytes) + "\""));
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
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
        replace(copy, ModelBundle.NB_RATIOS_FILE, shorter);
        Path json = copy.resolve(ModelBundle.METADATA_FILE);
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("corrupt model"), e.getMessage());

        Files.delete(ratiosFile);
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("incomplete model"), e.getMessage());

        // model.json no longer names the ratios: the model would load as a plain one and label nearly everything.
        Files.writeString(json, Files.readString(json).replaceAll("\"nb-ratios.f32\" : \"[0-9a-f]+\",\\s*", ""));
        e = assertThrows(ModelLoadException.class, () -> ModelBundle.load(spark, copy.toString()));
        assertTrue(e.getMessage().contains("names no " + ModelBundle.NB_RATIOS_FILE), e.getMessage());
        // Nor does it say the model is NB-LR: each topic's Tribuo provenance still does.
        Files.writeString(json, Files.readString(json).replaceAll("\"nb_beta\" : [0-9.]+,?", ""));
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
            TermVector v = MllibVectors.of(spark, PipelineModel.load(modelDir + "/" + ModelBundle.VECTORIZER_DIR), List.of(new LabelledArticle("x", row.getAs("title"), text, Set.of())), loaded.vocabulary()).get(0);
            java.util.Map<String, Double> scores = row.getJavaMap(row.fieldIndex("topic_scores"));
            loaded.classifier().scores(v).forEach((topic, s) -> assertEquals(s, scores.get(topic), 1e-9, topic));
            if (!row.getList(row.fieldIndex("topics")).isEmpty()) labelled++;
        }
        assertTrue(labelled >= 4, "the topical articles get topics: " + labelled);
    }
}
