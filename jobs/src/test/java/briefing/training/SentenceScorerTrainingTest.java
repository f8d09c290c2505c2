package briefing.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.io.HadoopFiles;
import briefing.io.Json;
import briefing.model.SummaryModel;
import briefing.summary.CorpusStatistics;
import briefing.summary.SentenceScorer;
import briefing.testing.SharedData;
import briefing.testing.TestSpark;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import briefing.vectorize.IdfCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceScorerTrainingTest {
    @TempDir Path dir;

    private static final String TEXT = "The council voted on Tuesday to rebuild the bridge the floods destroyed. "
            + "The old bridge had linked the harbour to the market for a century. "
            + "The rebuilding will cost 12 million euros, paid by the region. "
            + "Traders said they had lost most of their customers since the bridge fell.";

    private static String pickRow(String id, String labeller, int... positions) {
        List<Sentence> sentences = new SentenceSplitter().split(TEXT);
        StringBuilder sb = new StringBuilder("{\"id\":\"" + id + "\",\"labeller\":\"" + labeller + "\",\"sentences\":[");
        StringBuilder sha = new StringBuilder("],\"sentence_sha256\":[");
        for (int i = 0; i < positions.length; i++) {
            sb.append(i > 0 ? "," : "").append(positions[i]);
            sha.append(i > 0 ? "," : "").append('"').append(HadoopFiles.sha256(sentences.get(positions[i]).text()), 0, 12).append('"');
        }
        return sb.append(sha).append("]}").toString();
    }

    @Test
    void picksAreReadPerArticleAndTheirSentencesCheckedAgainstTheSplit() throws Exception {
        Path picks = dir.resolve("picks.jsonl");
        Files.write(picks, List.of(pickRow("a", "one", 0, 2, 3), pickRow("a", "two", 0, 2, 1)));
        Map<String, List<SentencePicks.Pick>> read = SentencePicks.read(picks.toString());
        assertEquals(2, read.get("a").size());
        SentenceScorerTraining training = new SentenceScorerTraining(CorpusStatistics.uniform(), 0.1);
        List<SentenceScorerTraining.PickedArticle> articles = training.articles(read, Map.of("a", new String[] {"Bridge vote", TEXT}));
        assertEquals(List.of(Set.of(0, 2, 3), Set.of(0, 1, 2)), articles.get(0).picks());
        assertEquals(1.0, SentenceScorerTraining.kappa(List.of(new SentenceScorerTraining.PickedArticle("b", null,
                articles.get(0).sentences(), articles.get(0).scored(), List.of(Set.of(0, 2), Set.of(0, 2))))), 1e-12);

        String changed = TEXT.replace("12 million", "14 million");
        IllegalArgumentException moved = assertThrows(IllegalArgumentException.class,
                () -> training.articles(read, Map.of("a", new String[] {"Bridge vote", changed})));
        assertTrue(moved.getMessage().contains("sentence 2 is not the one labeller one picked"), moved.getMessage());
        assertThrows(IllegalArgumentException.class, () -> training.articles(read, Map.of()), "an article no corpus holds");

        Files.write(picks, List.of("{\"id\":\"a\",\"labeller\":\"one\",\"sentences\":[0,1],\"sentence_sha256\":[\"abc\"]}"));
        assertThrows(IllegalArgumentException.class, () -> SentencePicks.read(picks.toString()), "one hash per sentence");
        Files.write(picks, List.of("{\"id\":\"a\",\"labeller\":\"one\",\"sentences\":[0],\"sentence_sha256\":[\"\"]}"));
        assertThrows(IllegalArgumentException.class, () -> SentencePicks.read(picks.toString()), "an empty hash would match any sentence");
    }

    @Test
    void theCleanLeadThreeSkipsShortLinesAndLinesThatDoNotEndLikeASentence() {
        List<Sentence> sentences = List.of(new Sentence(0, "Bridge vote"), new Sentence(1, "By Maria Jensen, harbour correspondent for the paper"),
                new Sentence(2, "The council voted on Tuesday to rebuild the bridge the floods destroyed."),
                new Sentence(3, "Short one."), new Sentence(4, "The old bridge had linked the harbour to the market for a century."),
                new Sentence(5, "“We lost most of our customers since the bridge fell,” a trader said."),
                new Sentence(6, "Work will start in the autumn and take two years to finish."));
        assertEquals(Set.of(2, 4, 5), SentenceScorerTraining.lead3(sentences));
    }

    /** The committed scorer is what its card's command gives: the same weights, the same cross-validated figures. */
    @Test
    void theCommittedScorerIsRebuiltFromItsPicksAndTheCorpus() throws Exception {
        Path corpora = SharedData.require("corpora");
        Path root = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
        String latest = Files.readString(root.resolve("models/summary/LATEST")).trim();
        SummaryModel committed = SummaryModel.load(new org.apache.hadoop.conf.Configuration(), root.resolve("models/summary/" + latest).toString());
        JsonNode json = Json.MAPPER.readTree(root.resolve("models/summary/" + latest + "/model.json").toFile());

        var spark = TestSpark.session();
        var topics = briefing.model.ModelBundle.load(spark, briefing.model.ModelBundle.resolve(spark, root.resolve("models/topics").toString()));
        assertEquals(committed.metadata().topicModelVersion(), topics.metadata().modelVersion());
        committed.scorerFor(topics.pipeline().corpusStatistics());
        Map<String, List<SentencePicks.Pick>> picks = SentencePicks.read(root.resolve("data/labels/summary-picks.jsonl").toString());
        assertEquals(json.path("training_data").path("sha256").asText(), HadoopFiles.sha256(Files.readAllBytes(root.resolve("data/labels/summary-picks.jsonl"))));
        Map<String, String[]> texts = new HashMap<>();
        // The corpus files the card names, found in this machine's ../shared.
        List<String> files = new java.util.ArrayList<>();
        json.path("training_data").path("corpus").forEach(f -> files.add(corpora.resolve(Path.of(f.asText()).getFileName()).toString()));
        assertEquals(3, files.size());
        IdfCorpus.read(spark, files).rowsById(picks.keySet())
                .forEach((id, row) -> texts.put(id, briefing.io.ArticleValidator.cleanedTitleAndText(row.getString(1), row.getString(2))));
        SentenceScorerTraining training = new SentenceScorerTraining(topics.pipeline().corpusStatistics(), committed.metadata().cost());
        List<SentenceScorerTraining.PickedArticle> articles = training.articles(picks, texts);

        SentenceScorer rebuilt = SummaryModel.scorerOf(training.train(articles));
        double[] want = committed.scorer().weights(), got = rebuilt.weights();
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-9, "weight " + i);
        assertEquals(committed.scorer().bias(), rebuilt.bias(), 1e-9);
        Map<String, Double> wantWords = committed.scorer().wordWeights(), gotWords = rebuilt.wordWeights();
        assertEquals(wantWords.keySet(), gotWords.keySet());
        wantWords.forEach((word, weight) -> assertEquals(weight, gotWords.get(word), 1e-9, word));

        int folds = json.path("cross_validation").path("folds").asInt();
        List<SentenceScorerTraining.SystemFigures> figures = training.crossValidate(articles, folds);
        Map<String, Object> described = SentenceScorerTraining.describe(figures, folds, SentenceScorerTraining.kappa(articles));
        assertEquals(json.path("cross_validation"), Json.MAPPER.valueToTree(described));
    }
}
