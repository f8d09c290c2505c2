package briefing.summary;

import static org.junit.jupiter.api.Assertions.*;

import briefing.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicFocusTest {
    private static final List<String> SUMMIT = List.of(
            "Leaders of the two countries met for a summit in the capital on Tuesday.",
            "The talks covered trade, energy and a new border crossing.",
            "The European Union extended its sanctions and an asset freeze on the regime's bankers.",
            "Officials said the summit would be followed by a meeting of foreign ministers.",
            "Rights groups said dozens of protesters were still held without trial.");

    private static List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        for (String s : SUMMIT) out.add(new Sentence(out.size(), s));
        return out;
    }

    // Coefficients as a linear topic model would learn them; a negative weight is evidence against the topic.
    private final TopicFocus focus = new TopicFocus(Map.of(
            "sanctions", Map.of("sanctions", 3.0, "asset freeze", 2.0, "freeze", 1.0, "summit", -0.5),
            "human_rights", Map.of("rights", 2.0, "trial", 1.5, "protesters", 1.0),
            "diplomacy", Map.of("summit", 2.0, "talks", 1.5, "foreign ministers", 1.0)));

    @Test
    void picksTheSentencesCarryingEachAssignedTopic() {
        CorpusStatistics corpus = CorpusStatistics.uniform();
        ScoredArticle article = new Summarizer(corpus).score("Summit in the capital", sentences());

        Map<String, String> summaries = focus.summaries(article, List.of("diplomacy", "sanctions"), SummaryLength.sentences(1), corpus);

        assertEquals(List.of("diplomacy", "sanctions"), List.copyOf(summaries.keySet()), "only the assigned topics");
        assertEquals(SUMMIT.get(2), summaries.get("sanctions"));
        assertTrue(summaries.get("diplomacy").equals(SUMMIT.get(0)) || summaries.get("diplomacy").equals(SUMMIT.get(3)),
                summaries.get("diplomacy"));
    }

    @Test
    void aLongerBudgetKeepsArticleOrderAndOnlyPositiveEvidence() {
        CorpusStatistics corpus = CorpusStatistics.uniform();
        ScoredArticle article = new Summarizer(corpus).score("Summit in the capital", sentences());

        String diplomacy = focus.summaries(article, List.of("diplomacy"), SummaryLength.sentences(5), corpus).get("diplomacy");

        assertEquals(SUMMIT.get(0) + " " + SUMMIT.get(1) + " " + SUMMIT.get(3), diplomacy);
    }

    @Test
    void noEntryWithoutEvidenceOrTopics() {
        CorpusStatistics corpus = CorpusStatistics.uniform();
        ScoredArticle article = new Summarizer(corpus).score(null, sentences().subList(0, 2));
        assertTrue(focus.summaries(article, List.of("human_rights"), SummaryLength.DEFAULT, corpus).isEmpty());
        assertTrue(focus.summaries(article, List.of(), SummaryLength.DEFAULT, corpus).isEmpty());
    }

    @Test
    void aSentenceThatRefersBackIsNotChosenWithoutItsAntecedent() {
        CorpusStatistics corpus = CorpusStatistics.uniform();
        List<Sentence> article = new ArrayList<>();
        for (String s : List.of(
                "Leaders of the two countries met for a summit in the capital on Tuesday.",
                "The talks covered trade, energy and a new border crossing.",
                "It also extended the sanctions and the asset freeze on the regime's bankers.",
                "Rights groups said dozens of protesters were still held without trial.")) {
            article.add(new Sentence(article.size(), s));
        }
        ScoredArticle scored = new Summarizer(corpus).score("Summit in the capital", article);

        String sanctions = focus.summaries(scored, List.of("sanctions"), SummaryLength.sentences(1), corpus).get("sanctions");

        assertNull(sanctions, "the only sanctions sentence opens with an unresolved \"It\"");
    }
}
