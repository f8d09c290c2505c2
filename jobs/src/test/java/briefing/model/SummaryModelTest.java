package briefing.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.summary.SentenceFeatures;
import briefing.summary.SentenceScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class SummaryModelTest {
    static final Configuration CONF = new Configuration();
    static final String[] NAMES = SentenceFeatures.NAMES.toArray(new String[0]);
    static final java.util.Set<String> STOP_WORDS = java.util.Set.of("the", "a", "of");
    @TempDir Path dir;

    @Test
    void aScorerIsOnlyGivenForTheStopWordsItWasTrainedWith() throws Exception {
        SummaryModel model = SummaryModel.save(CONF, dir.toString(), trained(), metadata());
        briefing.summary.CorpusStatistics same = new briefing.summary.CorpusStatistics(Map.of(), 1.0, java.util.Set.of("of", "a", "the"));
        assertArrayEquals(model.scorer().weights(), model.scorerFor(same).weights());
        briefing.summary.CorpusStatistics other = new briefing.summary.CorpusStatistics(Map.of(), 1.0, java.util.Set.of("the", "a"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> model.scorerFor(other));
        assertTrue(e.getMessage().contains("retrain the summary model"), e.getMessage());
    }

    /** Word features of the test sentences: "w:announced" raises the chance of a pick, the others are noise. */
    static final List<String> WORDS = List.of("w:announced", "w:said", "w:#num");

    static List<String> someWords(Random random) {
        return WORDS.stream().filter(w -> random.nextBoolean()).toList();
    }

    /** A scorer trained on sentences picked when their first feature (the lede), their "figure" feature and the word "announced" are set. */
    static Model<Label> trained() {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("test", factory), factory);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            double[] f = new double[NAMES.length];
            for (int k = 0; k < f.length; k++) f[k] = random.nextDouble() < 0.3 ? 1 : random.nextDouble();
            List<String> words = someWords(random);
            boolean picked = f[0] + f[SentenceFeatures.NAMES.indexOf("figure")] + (words.contains("w:announced") ? 1 : 0)
                    + 0.3 * random.nextGaussian() > 1.7;
            data.add(SummaryModel.example(new Label(picked ? SummaryModel.PICKED : SummaryModel.NOT_PICKED), f, words));
        }
        return new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 0.01, 1L)
                .train(data);
    }

    static SummaryModel.Metadata metadata() {
        return new SummaryModel.Metadata(0, "summary-test", "2026-12-07T00:00:00Z", "4.3.2", SentenceFeatures.NAMES, SentenceFeatures.VERSION,
                "topics-test", SummaryModel.stopWordsSha256(STOP_WORDS), 1.0, Map.of("articles", 1), Map.of(), null);
    }

    @Test
    void theLoadedScorerGivesTheTribuoModelsOwnChanceForEverySentenceAndItsWords() throws Exception {
        Model<Label> model = trained();
        SentenceScorer scorer = SummaryModel.save(CONF, dir.toString(), model, metadata()).scorer();
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            double[] f = new double[NAMES.length];
            for (int k = 0; k < f.length; k++) f[k] = random.nextDouble();
            List<String> words = someWords(random);
            double own = model.predict(SummaryModel.example(LabelFactory.UNKNOWN_LABEL, f, words)).getOutputScores().get(SummaryModel.PICKED).getScore();
            assertEquals(own, scorer.score(f, words), 1e-9);
        }
        assertTrue(scorer.weights()[0] > 0.5 && scorer.weights()[SentenceFeatures.NAMES.indexOf("figure")] > 0.5, scorer.toString());
        assertTrue(scorer.wordWeights().get("w:announced") > 0.3, scorer.wordWeights().toString());
    }

    @Test
    void aVersionFolderIsReadThroughItsLatestFile() throws Exception {
        SummaryModel.save(CONF, dir.resolve("v3").toString(), trained(), metadata());
        Files.writeString(dir.resolve("LATEST"), "v3\n");
        SummaryModel loaded = SummaryModel.load(CONF, dir.toString());
        assertEquals("summary-test", loaded.metadata().modelVersion());
        assertArrayEquals(SummaryModel.load(CONF, dir.resolve("v3").toString()).scorer().weights(), loaded.scorer().weights());
    }

    @Test
    void aMissingAlteredTruncatedOrForeignModelIsRefusedBeforeAnyWork() throws Exception {
        SummaryModel.save(CONF, dir.toString(), trained(), metadata());
        Path scorer = dir.resolve(SummaryModel.SCORER_FILE);
        byte[] bytes = Files.readAllBytes(scorer);

        assertThrows(ModelLoadException.class, () -> SummaryModel.load(CONF, dir.resolve("nowhere").toString()));

        Files.write(scorer, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelLoadException altered = assertThrows(ModelLoadException.class, () -> SummaryModel.load(CONF, dir.toString()));
        assertTrue(altered.getMessage().contains("checksum mismatch"), altered.getMessage());

        Files.delete(scorer);
        ModelLoadException missing = assertThrows(ModelLoadException.class, () -> SummaryModel.load(CONF, dir.toString()));
        assertTrue(missing.getMessage().contains("is missing"), missing.getMessage());

        Files.write(scorer, bytes);
        Path json = dir.resolve("model.json");
        String original = Files.readString(json);
        Files.writeString(json, original.replace("\"first_person\"", "\"names\""));
        ModelLoadException foreign = assertThrows(ModelLoadException.class, () -> SummaryModel.load(CONF, dir.toString()));
        assertTrue(foreign.getMessage().contains("retrain it"), foreign.getMessage());
        Files.writeString(json, original.replace("\"features_version\" : " + SentenceFeatures.VERSION, "\"features_version\" : 0"));
        ModelLoadException older = assertThrows(ModelLoadException.class, () -> SummaryModel.load(CONF, dir.toString()));
        assertTrue(older.getMessage().contains("(version 0)"), older.getMessage());

        // A truncated protobuf whose checksum model.json was made to match: Tribuo's decoder refuses it.
        byte[] truncated = ModelBundle.gzip(java.util.Arrays.copyOf(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(bytes)).readAllBytes(), 100));
        Files.write(scorer, truncated);
        Files.writeString(json, original.replace(briefing.io.HadoopFiles.sha256(bytes), briefing.io.HadoopFiles.sha256(truncated)));
        ModelLoadException corrupt = assertThrows(ModelLoadException.class, () -> SummaryModel.load(CONF, dir.toString()));
        assertTrue(corrupt.getMessage().contains("corrupt model"), corrupt.getMessage());
    }

    @Test
    void theCommittedModelAndTheOneTheJarCarriesLoad() throws Exception {
        Path root = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
        SummaryModel committed = SummaryModel.load(CONF, root.resolve("models/summary").toString());
        String latest = Files.readString(root.resolve("models/summary/LATEST")).trim();
        assertEquals("summary-" + latest, committed.metadata().modelVersion());
        SummaryModel bundled = SummaryModel.load(CONF, SummaryModel.BUNDLED);
        assertEquals(committed.sha256(), bundled.sha256());
        assertEquals(List.copyOf(SentenceFeatures.NAMES), committed.metadata().features());
    }
}
