package briefing.topics;

import briefing.vectorize.TermVector;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicEvidenceTest {
    static final String[] VOCABULARY = {"embargo", "oil", "oil embargo", "minister foreign", "football", "ban", "torture", "talks"};
    static final TopicWeights WEIGHTS = TopicWeights.of(
            Map.of(Topics.SANCTIONS, Map.of("embargo", 3.0, "oil", 0.5, "oil embargo", 2.0, "minister foreign", 4.0, "football", -2.0, "ban", 1.0),
                    Topics.HUMAN_RIGHTS, Map.of("torture", 2.0),
                    Topics.DIPLOMACY, Map.of("minister foreign", 1.0, "talks", 1.5)),
            Map.of(Topics.SANCTIONS, -1.0, Topics.HUMAN_RIGHTS, -1.0, Topics.DIPLOMACY, -1.0), null, VOCABULARY);

    static Map<String, List<String>> evidence(TermVector v, List<String> topics, String title, String text) {
        return TopicEvidence.of((t, i) -> WEIGHTS.weight(t, v, i), v, topics, title, text);
    }

    @Test
    void strongestContributionsFirstOnlyPositiveOnlyAssignedTopics() {
        TermVector v = TermVector.of(VOCABULARY, new String[] {"oil", "embargo", "oil embargo", "football", "talks"}, new double[] {0.5, 0.4, 0.3, 0.6, 0.2});
        Map<String, List<String>> evidence = evidence(v, List.of(Topics.SANCTIONS), "Oil embargo", "The oil embargo, and football talks.");
        // embargo 1.2, oil embargo 0.6, oil 0.25; football pushes the score down and is left out.
        assertEquals(Map.of(Topics.SANCTIONS, List.of("embargo", "oil embargo", "oil")), evidence);
        assertTrue(evidence(v, List.of(), "t", "x").isEmpty());
    }

    @Test
    void aBigramAcrossARemovedStopWordIsNotEvidence() {
        TermVector v = TermVector.of(VOCABULARY, new String[] {"minister foreign", "embargo"}, new double[] {0.7, 0.1});
        Map<String, List<String>> evidence = evidence(v, List.of(Topics.SANCTIONS), null, "The Minister of Foreign Affairs backed the EMBARGO.");
        assertEquals(List.of("embargo"), evidence.get(Topics.SANCTIONS));
        assertTrue(TopicEvidence.occursIn("oil embargo", TopicEvidence.wordsOf("An oil-embargo", "")));
        assertFalse(TopicEvidence.occursIn("ban", TopicEvidence.wordsOf("", "a banned player")));
    }

    @Test
    void atMostFiveTerms() {
        String[] terms = {"embargo", "oil", "oil embargo", "ban", "talks", "minister foreign"};
        double[] values = {0.4, 0.4, 0.4, 0.4, 0.4, 0.4};
        Map<String, List<String>> evidence = evidence(TermVector.of(VOCABULARY, terms, values), List.of(Topics.SANCTIONS),
                "Minister foreign", "oil embargo ban talks");
        assertEquals(List.of("minister foreign", "embargo", "oil embargo", "ban", "oil"), evidence.get(Topics.SANCTIONS));
    }
}
