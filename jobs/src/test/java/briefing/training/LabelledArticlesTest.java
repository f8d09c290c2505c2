package briefing.training;

import briefing.testing.SyntheticArticles;
import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import briefing.topics.TopicModelSettings;
import briefing.topics.Topics;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.VectorizerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelled files: several at once, rows that name corpus articles by id, dates, and the time split they allow. */
class LabelledArticlesTest {
    static final SparkSession spark = TestSpark.session();
    @TempDir static Path dir;
    static Path withTexts;
    static Path corpus;
    static Path byId;

    @BeforeAll
    static void writeFiles() throws Exception {
        withTexts = SyntheticArticles.writeLabelled(dir.resolve("old.jsonl"), 60, 5L);
        Random random = new Random(11);
        List<String> corpusLines = new ArrayList<>();
        List<String> labelLines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Set<String> topics = i % 3 == 0 ? Set.of(Topics.SANCTIONS) : i % 3 == 1 ? Set.of(Topics.DIPLOMACY, Topics.HUMAN_RIGHTS) : Set.of();
            corpusLines.add(String.format("{\"id\": \"news/%d\", \"title\": \"Story %d\", \"text\": \"%s\"}", i, i, SyntheticArticles.text(topics, random)));
            String labels = String.join(", ", topics.stream().sorted().map(t -> "\"" + t + "\"").toList());
            String date = i < 20 ? "2015-06-0" + (1 + i % 9) : (i < 30 ? "2019-02-03T10:00:00Z" : "2022");
            labelLines.add(String.format("{\"id\": \"news/%d\", \"labels\": [%s], \"date\": \"%s\", \"chosen\": \"test\"}", i, labels, date));
        }
        corpusLines.add("{\"id\": \"news/999\", \"title\": \"Not labelled\", \"text\": \"Nothing to see.\"}");
        corpus = Files.write(dir.resolve("corpus.jsonl"), corpusLines);
        byId = Files.write(dir.resolve("modern.jsonl"), labelLines);
    }

    private static IdfCorpus corpus() {
        return IdfCorpus.read(spark, List.of(corpus.toString()));
    }

    @Test
    void readsSeveralFilesAndLooksUpTextlessRowsInTheCorpus() {
        List<LabelledArticle> rows = LabelledArticles.read(spark, withTexts + "," + byId, corpus());
        assertEquals(100, rows.size());
        LabelledArticle first = rows.get(60);
        assertEquals("news/0", first.id());
        assertEquals("Story 0", first.title());
        assertTrue(first.text().length() > 20, "the text comes from the corpus");
        assertEquals(Set.of(Topics.SANCTIONS), first.topics());
        assertEquals(LocalDate.of(2015, 6, 1), first.date());
        assertEquals("modern.jsonl", first.labelsFile());
        assertEquals("news", first.corpus());
        assertEquals(LocalDate.of(2019, 2, 3), rows.get(80).date(), "a timestamp is cut to its date");
        assertEquals(LocalDate.of(2022, 1, 1), rows.get(99).date(), "a year alone is its first day");
        assertNull(rows.get(0).date(), "a row without a date has none");
        assertEquals("old.jsonl", rows.get(0).labelsFile());
    }

    @Test
    void refusesTextlessRowsWithoutACorpusOrNotInIt() throws Exception {
        IllegalArgumentException noCorpus = assertThrows(IllegalArgumentException.class, () -> LabelledArticles.read(spark, byId.toString()));
        assertTrue(noCorpus.getMessage().contains("--idf-corpus"), noCorpus.getMessage());
        Path missing = Files.writeString(dir.resolve("missing.jsonl"), "{\"id\": \"news/5000\", \"labels\": []}\n");
        IllegalArgumentException notThere = assertThrows(IllegalArgumentException.class, () -> LabelledArticles.read(spark, missing.toString(), corpus()));
        assertTrue(notThere.getMessage().contains("news/5000"), notThere.getMessage());
    }

    @Test
    void refusesAnIdInTwoFilesAndABadDate() throws Exception {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> LabelledArticles.read(spark, byId + "," + byId, corpus()));
        assertTrue(twice.getMessage().contains("duplicate id"), twice.getMessage());
        Path badDate = Files.writeString(dir.resolve("bad-date.jsonl"), "{\"id\": \"news/1\", \"labels\": [], \"date\": \"June 2019\"}\n");
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> LabelledArticles.read(spark, badDate.toString(), corpus()));
        assertTrue(date.getMessage().contains("June 2019"), date.getMessage());
    }

    @Test
    void theTimeSplitTestsExactlyTheRowsDatedAfterItsDay() throws Exception {
        TopicModelRecipe recipe = new TopicModelRecipe(spark, new VectorizerSettings(5000, 1, 1, true),
                new TopicModelSettings(4.0, true, 1L, 3, 0), corpus());
        Evaluation evaluation = new Evaluation(spark);
        Evaluation.Rows rows = evaluation.read(withTexts + "," + byId, null, recipe);
        CrossValidation.Result split = evaluation.ofRecipeOverTime(rows, recipe, LocalDate.of(2018, 12, 31));
        assertEquals(20, split.evaluation().articles(), "the 2019 and 2022 rows are tested; the undated and 2015 rows train");
        assertEquals(1, split.foldThresholds().size());
        assertEquals(Set.of("news", "file modern.jsonl"), split.byCorpus().keySet());
        assertEquals(20, split.byCorpus().get("news").articles());

        CrossValidation.Result kFold = evaluation.ofRecipe(rows, recipe, 3);
        assertEquals(100, kFold.evaluation().articles());
        assertEquals(60, kFold.byCorpus().get("file old.jsonl").articles());
        assertEquals(40, kFold.byCorpus().get("file modern.jsonl").articles());

        IllegalArgumentException nothingLater = assertThrows(IllegalArgumentException.class,
                () -> evaluation.ofRecipeOverTime(rows, recipe, LocalDate.of(2030, 1, 1)));
        assertTrue(nothingLater.getMessage().contains("both sides"), nothingLater.getMessage());
    }
}
