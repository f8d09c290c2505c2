package briefing.training;

import briefing.testing.SyntheticArticles;
import static org.junit.jupiter.api.Assertions.*;

import briefing.model.ModelBundle;
import briefing.testing.TestSpark;
import briefing.topics.TopicModelSettings;
import briefing.topics.Topics;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.VectorizerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels the project gave to corpus articles: read by id from the corpus, and used to fit only. */
class ExtraLabelsTest {
    static final SparkSession spark = TestSpark.session();
    /** A word only one corpus article has: it can only reach the vocabulary through the extra labels. */
    static final String RARE = "quinquereme";
    @TempDir static Path dir;
    static Path labels;
    static Path corpus;
    static Path extras;

    @BeforeAll
    static void writeFiles() throws Exception {
        labels = SyntheticArticles.writeLabelled(dir.resolve("labels.jsonl"), 60, 5L);
        Random random = new Random(9);
        List<String> corpusLines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Made of the same stock sentences as the labelled rows, so each also gets words of its own: a different story.
            String text = SyntheticArticles.text(i % 2 == 0 ? Set.of(Topics.SANCTIONS) : Set.of(), random) + (i == 0 ? " The " + RARE + " sailed." : "")
                    + " " + ownWords(random);
            corpusLines.add(String.format("{\"id\": \"c%d\", \"title\": \"Wire %d\", \"text\": \"%s\"}", i, i, text));
        }
        corpus = Files.write(dir.resolve("corpus.jsonl"), corpusLines);
        List<String> extraLines = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            extraLines.add(String.format("{\"id\": \"c%d\", \"labels\": [%s], \"note\": \"ignored\"}", i, i % 2 == 0 ? "\"sanctions\"" : ""));
        }
        extras = Files.write(dir.resolve("extra.jsonl"), extraLines);
    }

    private static String ownWords(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 60; w++) sb.append("w").append(random.nextInt(100_000)).append(' ');
        return sb.toString().trim() + ".";
    }

    private static IdfCorpus corpus() {
        return IdfCorpus.read(spark, List.of(corpus.toString()));
    }

    private static TopicModelRecipe recipe() {
        return new TopicModelRecipe(spark, new VectorizerSettings(5000, 1, 1, true),
                new TopicModelSettings(4.0, true, 1L, 3, 0), corpus());
    }

    @Test
    void readsTheTextsOfTheNamedCorpusArticlesInTheFilesOrder() throws Exception {
        ExtraLabels read = ExtraLabels.read(spark, extras.toString(), corpus(), LabelledArticles.read(spark, labels.toString()));
        assertEquals(10, read.articles().size());
        assertEquals("c9", read.articles().get(0).id());
        LabelledArticle c0 = read.articles().get(9);
        assertEquals("c0", c0.id());
        assertEquals("Wire 0", c0.title());
        assertTrue(c0.text().contains(RARE), c0.text());
        assertEquals(Set.of(Topics.SANCTIONS), c0.topics());
        assertEquals(Set.of(), read.articles().get(0).topics());
        assertTrue(read.describe().startsWith("extra.jsonl sha256="), read.describe());
        assertTrue(read.describe().contains("10 corpus articles"), read.describe());
    }

    @Test
    void refusesWhatItCannotUse() throws Exception {
        Path missing = Files.write(dir.resolve("missing.jsonl"), List.of("{\"id\": \"c99\", \"labels\": []}"));
        assertMessage("c99 is not an article with text in", () -> ExtraLabels.read(spark, missing.toString(), corpus(), List.of()));
        Path labelled = Files.write(dir.resolve("labelled.jsonl"), List.of("{\"id\": \"c1\", \"labels\": []}"));
        assertMessage("c1 is in the labelled set already", () -> ExtraLabels.read(spark, labelled.toString(), corpus(), List.of(new LabelledArticle("c1", "Other", "Another story.", Set.of()))));
        Path unknown = Files.write(dir.resolve("unknown.jsonl"), List.of("{\"id\": \"c1\", \"labels\": [\"sport\"]}"));
        assertMessage("unknown label 'sport'", () -> ExtraLabels.read(spark, unknown.toString(), corpus(), List.of()));
        Path twice = Files.write(dir.resolve("twice.jsonl"), List.of("{\"id\": \"c1\", \"labels\": []}", "{\"id\": \"c1\", \"labels\": []}"));
        assertMessage("duplicate id c1", () -> ExtraLabels.read(spark, twice.toString(), corpus(), List.of()));
        assertMessage("give --idf-corpus too", () -> ExtraLabels.read(spark, extras.toString(), IdfCorpus.NONE, List.of()));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable read) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void anExtraLabelOnACopyOfALabelledRowIsRefused() throws Exception {
        List<String> labelled = Files.readAllLines(labels);
        String copiedText = new com.fasterxml.jackson.databind.ObjectMapper().readTree(labelled.get(3)).get("text").asText();
        Path corpusWithCopy = Files.write(dir.resolve("corpus-copy.jsonl"), List.of(
                "{\"id\": \"wire-7\", \"title\": \"Report 3\", \"text\": \"" + copiedText + " Updated at noon.\"}"));
        Path extra = Files.write(dir.resolve("extra-copy.jsonl"), List.of("{\"id\": \"wire-7\", \"labels\": []}"));
        IdfCorpus withCopy = IdfCorpus.read(spark, List.of(corpusWithCopy.toString()));
        List<LabelledArticle> rows = LabelledArticles.read(spark, labels.toString());
        assertMessage("wire-7 is a copy of the labelled row l3", () -> ExtraLabels.readOrNone(spark, extra.toString(), withCopy, rows));
        assertEquals(10, ExtraLabels.readOrNone(spark, extras.toString(), corpus(), rows).articles().size(), "distinct stories pass");
    }

    @Test
    void crossValidationTrainsOnThemButNeverHoldsThemOut() throws Exception {
        CrossValidation.Result result = new Evaluation(spark).ofRecipe(new Evaluation(spark).read(labels.toString(), extras.toString(), recipe()), recipe(), 3);
        assertEquals(60, result.evaluation().articles(), "only the labelled rows are held out and scored");
    }

    @Test
    void aModelTrainedWithThemLearnsTheirWordsAndSaysSoOnItsCard() throws Exception {
        String with = dir.resolve("models/with").toString();
        ModelBundle model = new Training(spark, recipe()).train(labels.toString(), extras.toString(), with, 0, null, List.of("--extra-labels", extras.toString()));
        assertTrue(Arrays.asList(model.vocabulary()).contains(RARE), "the extra rows fit the vectoriser");
        Object described = ModelBundle.load(spark, with).metadata().topicModel().get("extra_labels");
        assertNotNull(described, "model.json names the extra labels");
        assertTrue(described.toString().contains("fit only"), described.toString());
        String card = Files.readString(Path.of(with, ModelBundle.CARD_FILE));
        assertTrue(card.contains("Extra labels, corpus articles the project labelled") && card.contains("extra.jsonl sha256="), card);

        ModelBundle without = new Training(spark, recipe()).train(labels.toString(), dir.resolve("models/without").toString(), 0);
        assertFalse(Arrays.asList(without.vocabulary()).contains(RARE));
        assertNull(without.metadata().topicModel().get("extra_labels"));
    }
}
