package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.testing.SharedData;
import briefing.text.PlainTextArticle;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {
    private final Summarizer summarizer = new Summarizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private static final String TITLE = "Harbour town votes to rebuild flooded bridge";
    private static final List<String> ARTICLE = List.of(
            "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
            "by Maria Jensen",
            "Harbour Photo Agency",
            "The old bridge had linked the fishing harbour to the market for more than a century.",
            "READ: How the spring floods reached the harbour market in a single night",
            "Council members said the new bridge would be built higher to survive future floods.",
            "Questions for the council can be sent to bridge@harbour-council.example today.",
            "Traders at the market said they had lost most of their customers since the bridge fell.",
            "Work on the bridge is expected to start in the autumn and take two years.",
            "Cover image: The broken bridge over the harbour after the floods (JANE ROE/AFP/Getty Images)");

    private static List<Sentence> sentences(List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(new Sentence(sentences.size(), text));
        }
        return sentences;
    }

    @Test
    void returnsAtMostTheRequestedNumberInArticleOrder() {
        Summary summary = summarizer.summarize(TITLE, sentences(ARTICLE), 3);

        assertEquals(3, summary.sentences().size());
        int previous = -1;
        for (SummarySentence s : summary.sentences()) {
            assertTrue(s.position() > previous, "article order");
            assertEquals(ARTICLE.get(s.position()), s.text(), "a whole sentence of the article");
            assertTrue(s.score() >= 0 && s.score() <= 1, "score in 0..1: " + s.score());
            previous = s.position();
        }
        assertEquals(summary.sentences().stream().map(SummarySentence::text).collect(Collectors.joining(" ")),
                summary.text());
    }

    @Test
    void keepsArticleOrderWhenALaterSentenceScoresHigher() {
        List<Sentence> article = sentences(List.of(
                "Forecasters expect a mild and dry weekend across most of the region.",
                "Shops on the high street reported a quiet start to the winter sales.",
                "The harbour bridge will close next month.",
                "Harbour bridge deck repairs will close the harbour bridge for six weeks.",
                "Ferries will carry traffic while the harbour bridge is closed for repairs."));
        Summary summary = summarizer.summarize("Harbour bridge to close for deck repairs", article, 2);

        List<SummarySentence> chosen = summary.sentences();
        assertEquals(2, chosen.size());
        assertTrue(chosen.get(0).position() < chosen.get(1).position(), "article order: " + chosen);
        assertTrue(chosen.get(1).score() > chosen.get(0).score(), "the test needs the later one to score higher: " + chosen);
    }

    @Test
    void prefersTheLeadSentence() {
        Summary summary = summarizer.summarize(TITLE, sentences(ARTICLE), 1);
        assertEquals(0, summary.sentences().get(0).position());
    }

    @Test
    void neverPicksPageFurnitureWhileProseIsLeft() {
        Summary summary = summarizer.summarize(TITLE, sentences(ARTICLE), 5);

        Set<Integer> positions = summary.sentences().stream().map(SummarySentence::position).collect(Collectors.toSet());
        assertEquals(Set.of(0, 3, 5, 7, 8), positions);
    }

    @Test
    void shortArticleComesBackWhole() {
        List<Sentence> article = sentences(List.of(
                "The ferry service resumes on Monday after a week of storms.", "Tickets are half price."));
        Summary summary = summarizer.summarize("Ferries return", article, 3);

        assertEquals(List.of(0, 1), summary.sentences().stream().map(SummarySentence::position).toList());
    }

    @Test
    void fillsUpWithShortProseButNeverWithFurniture() {
        List<Sentence> article = sentences(List.of(
                "by Maria Jensen", "The ferry service resumes on Monday after a week of storms.", "Getty Images",
                "Tickets are half price."));
        Summary summary = summarizer.summarize(null, article, 3);

        assertEquals(List.of(1, 3), summary.sentences().stream().map(SummarySentence::position).toList());
    }

    @Test
    void keepsWithinAWordBudgetWithoutCuttingSentences() {
        Summary summary = summarizer.summarize(TITLE, sentences(ARTICLE), SummaryLength.words(35));

        int words = 0;
        for (SummarySentence s : summary.sentences()) {
            assertEquals(ARTICLE.get(s.position()), s.text(), "a whole sentence");
            words += briefing.text.Words.tokens(s.text()).size();
        }
        assertTrue(words <= 35, "words: " + words);
        assertTrue(summary.sentences().size() >= 2, "fills the budget: " + summary.sentences());
    }

    @Test
    void ratioBudgetCountsTheArticlesSentences() {
        Summary summary = summarizer.summarize(TITLE, sentences(ARTICLE), SummaryLength.ratio(0.2));
        assertEquals(2, summary.sentences().size());
    }

    @Test
    void doesNotChooseTwoNearlyIdenticalSentences() {
        List<Sentence> article = sentences(List.of(
                "Storm winds closed the harbour bridge to all traffic on Sunday night.",
                "Storm winds closed the harbour bridge to all traffic late on Sunday night.",
                "Fishermen moved their boats to the sheltered northern quay.",
                "The weather service expects calmer seas by Wednesday morning.",
                "Schools in the valley will stay open despite the storm warnings."));
        Summary summary = summarizer.summarize("Storm closes harbour bridge", article, 2);

        List<Integer> positions = summary.sentences().stream().map(SummarySentence::position).toList();
        assertEquals(2, positions.size());
        assertFalse(positions.containsAll(List.of(0, 1)), "both near-duplicates chosen: " + positions);
    }

    @Test
    void emptyInputOrZeroSentencesGiveAnEmptySummary() {
        assertTrue(summarizer.summarize("Title", List.of(), 3).sentences().isEmpty());
        assertTrue(summarizer.summarize("Title", sentences(ARTICLE), 0).sentences().isEmpty());
        assertEquals("", summarizer.summarize(null, List.of(), 3).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_155fc0326ecad81c.txt", "seeds/004_5fa67d16d2672d94.txt"})
    void summarisesTheSeedArticlesWithProseOnly(String seed) throws IOException {
        String content = Files.readString(SharedData.require(seed), StandardCharsets.UTF_8);
        PlainTextArticle article = PlainTextArticle.parse(content);
        List<Sentence> sentences = splitter.split(article.body());

        Summary summary = summarizer.summarize(article.title(), sentences, 3);

        assertEquals(3, summary.sentences().size());
        Set<String> articleSentences = sentences.stream().map(Sentence::text).collect(Collectors.toSet());
        List<Integer> positions = summary.sentences().stream().map(SummarySentence::position).toList();
        assertEquals(positions.stream().sorted().toList(), positions, "article order");
        for (SummarySentence s : summary.sentences()) {
            assertTrue(articleSentences.contains(s.text()), "not a sentence of the article: " + s.text());
            assertFalse(s.text().contains("@") || s.text().contains("[email"), s.text());
            assertFalse(s.text().contains("READ:"), s.text());
            assertFalse(s.text().contains("Getty Images"), s.text());
            assertFalse(s.text().matches("[Bb]y [A-Z][a-z]+ [A-Z][a-z]+\\b.*"), "byline: " + s.text());
            assertTrue(s.text().split(" ").length >= SentenceFilter.MIN_WORDS, s.text());
        }
    }

    private static List<Integer> positions(Summary summary) {
        List<Integer> positions = new ArrayList<>();
        for (SummarySentence s : summary.sentences()) positions.add(s.position());
        return positions;
    }

    @Test
    void opensWithTheLedeAfterThePageFurniture() {
        List<String> article = List.of(
                "Story highlights The council approved the bridge after a long debate",
                "Harbour town votes to rebuild flooded bridge",
                "Portby's council voted on Tuesday to spend 40 million on a new harbour bridge after the floods.",
                "Council members said the new bridge would stand higher above the river than the old one.",
                "Traders at the market said the bridge matters more to the town than any other road.",
                "The market traders said the bridge and the market had lost most of their customers since the bridge fell.",
                "The bridge, the market and the traders were the subject of a long council debate on the bridge.");

        Summary summary = summarizer.summarize(TITLE, sentences(article), 2);

        assertEquals(2, positions(summary).get(0), "the first prose sentence after the furniture and the repeated headline");
    }

    @Test
    void takesTheDatelineOffTheLedeOnly() {
        List<String> article = List.of(
                "PORTBY (Reuters) - Portby's council voted on Tuesday to spend 40 million on a new harbour bridge after the floods.",
                "PORTBY — the name the traders gave their market — will be painted on the new bridge in large letters.",
                "Council members said the new bridge would stand higher above the river than the old one.");

        Summary summary = summarizer.summarize(TITLE, sentences(article), 3);

        assertEquals("Portby's council voted on Tuesday to spend 40 million on a new harbour bridge after the floods.",
                summary.sentences().get(0).text());
        assertTrue(summary.text().contains("PORTBY — the name the traders gave"), "a sentence after the lede is left as written");
    }

    @Test
    void whatStandsAboveTheWiresDatelineIsNotTheStory() {
        List<String> article = List.of(
                "Traders stand by the broken harbour bridge in Portby as the tide comes in over the old market square.",
                "(Photo: Sam Okoro/AP)",
                "PORTBY (AP) — Portby's council voted on Tuesday to spend 40 million on a new harbour bridge after the floods.",
                "Council members said the new bridge would stand higher above the river than the old one.",
                "Work on the new bridge is expected to start in the spring and to take two years.");

        Summary summary = summarizer.summarize(TITLE, sentences(article), 3);

        assertEquals("Portby's council voted on Tuesday to spend 40 million on a new harbour bridge after the floods.",
                summary.sentences().get(0).text());
        assertTrue(summary.sentences().stream().allMatch(s -> s.position() >= 2), summary.text());
    }

    @Test
    void aLabelOrAQuotedWireStoryDoesNotMoveTheLede() {
        String lede = "Portby's council voted on Tuesday to spend 40 million on a new harbour bridge after the floods.";
        for (String later : List.of(
                "UPDATE — The council's vote was 7 to 2, the clerk said later in the evening, after the recount.",
                "PORTBY (AP) — Traders said on Wednesday that the new bridge would bring their customers back.")) {
            List<String> article = List.of(lede,
                    "Council members said the new bridge would stand higher above the river than the old one.",
                    later,
                    "Work on the new bridge is expected to start in the spring and to take two years.");
            assertEquals(lede, summarizer.summarize(TITLE, sentences(article), 3).sentences().get(0).text(), later);
        }
        List<String> wireFirst = List.of("PORTBY (AP) — " + lede,
                "Council members said the new bridge would stand higher above the river than the old one.",
                "HARBOURTON (AP) — Traders in the next town said the bridge would take their customers away.");
        assertEquals(lede, summarizer.summarize(TITLE, sentences(wireFirst), 3).sentences().get(0).text());
    }

    @Test
    void aSentenceThatRefersBackComesOnlyAfterTheSentenceItNeeds() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
                "Traders at the market had asked the council for a new bridge since the spring.",
                "The council's engineers said a new bridge over the harbour would take two years to build.",
                "He also noted that the bridge over the harbour would be built higher than the old bridge.",
                "Fishing boats will use the harbour as before.");

        for (int n = 1; n <= 4; n++) {
            List<Integer> chosen = positions(summarizer.summarize(TITLE, sentences(article), n));
            assertTrue(!chosen.contains(3) || chosen.contains(2), n + " sentences: " + chosen);
        }
        assertEquals(List.of(0, 1, 2, 3, 4), positions(summarizer.summarize(TITLE, sentences(article), 5)), "whole when it fits");
    }

    @Test
    void aPersonNamedBySurnameComesOnlyWithTheSentenceThatIntroducesThem() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
                "Councillor Anna Katz of the Green list had long asked for a vote on the harbour.",
                "Fishing boats will use the harbour as before, the harbour master told the council.",
                "Katz said the new bridge over the harbour would be built higher to survive the floods that destroyed it.",
                "Work on the bridge is expected to start in the autumn.");
        for (int n = 1; n <= 4; n++) {
            List<Integer> chosen = positions(summarizer.summarize(TITLE, sentences(article), n));
            assertTrue(!chosen.contains(3) || chosen.contains(1), n + " sentences: " + chosen);
        }
    }

    @Test
    void aTweetIsNeverChosen() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
                "I am so proud of our council and our great harbour town tonight!",
                "— Jane Roe (@janeroe) June 5, 2019",
                "Work on the bridge is expected to start in the autumn and take two years to finish.",
                "The new bridge will carry the harbour traffic pic.twitter.com/abc123 as the council voted.");
        List<Integer> chosen = positions(summarizer.summarize(TITLE, sentences(article), 3));
        assertFalse(chosen.contains(1) || chosen.contains(2) || chosen.contains(4), chosen.toString());
    }

    @Test
    void aQuoteOverTwoSentencesIsChosenWholeOrNotAtAll() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
                "\"The bridge over the harbour is the heart of the town and the harbour market.",
                "Without the bridge, the harbour market and the town will not survive another winter,\" the mayor said.",
                "Fishing boats will use the harbour as before.");

        for (int n = 1; n <= 4; n++) {
            List<Integer> chosen = positions(summarizer.summarize(TITLE, sentences(article), n));
            assertEquals(chosen.contains(1), chosen.contains(2), n + " sentences: " + chosen);
        }
    }

    @Test
    void takesTheHeadlineOffAFirstSentenceItWasRunInto() {
        List<Sentence> article = sentences(List.of(
                "Harbour town votes to rebuild flooded bridge Portby - The council voted on Tuesday to rebuild the bridge.",
                "Work is expected to start in the autumn and take two years."));

        Summary summary = summarizer.summarize(TITLE, article, 3);

        assertEquals("Portby - The council voted on Tuesday to rebuild the bridge.", summary.sentences().get(0).text());
    }

    /** A scorer that picks what its one weight says: here, the sentences that hold a figure. */
    private static SentenceScorer likes(String feature) {
        double[] weights = new double[SentenceFeatures.COUNT];
        weights[SentenceFeatures.NAMES.indexOf(feature)] = 8;
        return new SentenceScorer(weights, -4, Map.of());
    }

    @Test
    void aLearntScorerChoosesSummariesOfUpToThreeSentencesAndTheHandSetScoresLongerOnes() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
                "The old bridge had linked the fishing harbour to the market for more than a century.",
                "Council members said the new bridge would be built higher to survive future floods.",
                "Traders at the market said they had lost most of their customers since the bridge fell.",
                "The rebuilding will cost 12 million euros, paid by the region and the state.",
                "Work on the bridge is expected to start in 2027 and take two years.");
        Summarizer learnt = new Summarizer(CorpusStatistics.uniform(), ScoringWeights.DEFAULT, likes("figure"));
        List<Integer> three = learnt.summarize(TITLE, sentences(article), 3).sentences().stream().map(SummarySentence::position).toList();
        assertEquals(List.of(0, 4, 5), three, "the lede, then the two sentences with figures");

        SummaryLength longer = SummaryLength.ratio(0.7);
        assertEquals(summarizer.summarize(TITLE, sentences(article), longer).sentences(),
                learnt.summarize(TITLE, sentences(article), longer).sentences(), "beyond three sentences the hand-set scores choose");
        List<Integer> handSet = summarizer.summarize(TITLE, sentences(article), 3).sentences().stream().map(SummarySentence::position).toList();
        assertTrue(!handSet.equals(three), "the hand-set scores choose otherwise: " + handSet);
    }

    @Test
    void everySentenceThatMayBeChosenHasItsFeaturesInZeroToOne() {
        ScoredArticle scored = summarizer.score(TITLE, sentences(ARTICLE));
        for (int i = 0; i < scored.size(); i++) {
            double[] f = scored.features(i);
            if (scored.furniture(i)) {
                assertEquals(null, f, ARTICLE.get(i));
                continue;
            }
            assertEquals(SentenceFeatures.COUNT, f.length);
            for (double v : f) assertTrue(v >= 0 && v <= 1, ARTICLE.get(i) + ": " + java.util.Arrays.toString(f));
        }
        assertEquals(1.0, scored.features(0)[SentenceFeatures.NAMES.indexOf("lede")]);
        assertEquals(1.0, scored.features(0)[SentenceFeatures.NAMES.indexOf("when")], "on Tuesday");
    }
}
