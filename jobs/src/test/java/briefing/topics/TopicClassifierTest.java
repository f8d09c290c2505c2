package briefing.topics;

import briefing.vectorize.TermVector;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
    static TopicClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = new TopicTrainer(TopicModelSettings.DEFAULT).train(SyntheticTopics.examples(300, 1L), "synthetic");
    }

    @Test
    void learnsEachTopicFromItsWords() {
        Random random = new Random(99);
        TopicAssignment both = classifier.classify(SyntheticTopics.vector(Set.of(Topics.SANCTIONS, Topics.DIPLOMACY), random));
        assertEquals(Set.of(Topics.SANCTIONS, Topics.DIPLOMACY), Set.copyOf(both.topics()));
        TopicAssignment none = classifier.classify(SyntheticTopics.vector(Set.of(), random));
        assertEquals(List.of(), none.topics());
        assertNull(none.primaryTopic());
    }

    @Test
    void scoresEveryTopicInUnitRangeAndOrdersAssignedTopicsByScore() {
        TopicAssignment a = classifier.classify(SyntheticTopics.vector(Set.copyOf(Topics.ALL), new Random(5)));
        assertEquals(Set.copyOf(Topics.ALL), a.scores().keySet());
        a.scores().values().forEach(s -> assertTrue(s >= 0 && s <= 1, "score " + s));
        for (int i = 1; i < a.topics().size(); i++) {
            assertTrue(a.scores().get(a.topics().get(i - 1)) >= a.scores().get(a.topics().get(i)));
        }
        assertEquals(a.topics().get(0), a.primaryTopic());
    }

    /** Ids mean terms only in the vocabulary they were cut with: a vector of another vectoriser is refused, not misread. */
    @Test
    void aVectorCutWithAnotherVocabularyIsRefused() {
        TermVector v = SyntheticTopics.vector(Set.of(Topics.SANCTIONS), new Random(11));
        String[] sameTerms = SyntheticTopics.VOCABULARY.clone();
        TermVector other = new TermVector(sameTerms, v.ids(), v.weights());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> classifier.scores(other));
        assertTrue(e.getMessage().contains("another vocabulary"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> classifier.evidence(other, List.of(Topics.SANCTIONS), "", "embargo"));
    }

    @Test
    void shippedAsJavaSerialisationItScoresTheSameWithoutItsTribuoModels() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        // With the vocabulary its vectors are cut with, in one object graph, as the job's broadcast ships both.
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new Object[] {classifier, SyntheticTopics.VOCABULARY});
        }
        Object[] shippedGraph;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            shippedGraph = (Object[]) in.readObject();
        }
        TopicClassifier shipped = (TopicClassifier) shippedGraph[0];
        String[] shippedVocabulary = (String[]) shippedGraph[1];
        assertNull(shipped.topicModel(), "the Tribuo models stay on the driver");
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            TermVector v = SyntheticTopics.vector(Set.of(Topics.HUMAN_RIGHTS), random);
            assertEquals(classifier.scores(v), shipped.scores(new TermVector(shippedVocabulary, v.ids(), v.weights())));
        }
    }

    @Test
    void articleWithNoTermScoresZero() {
        TopicAssignment a = classifier.classify(new TermVector(SyntheticTopics.VOCABULARY, new int[0], new double[0]));
        assertEquals(Map.of(Topics.SANCTIONS, 0.0, Topics.HUMAN_RIGHTS, 0.0, Topics.DIPLOMACY, 0.0), a.scores());
        assertTrue(a.topics().isEmpty());
    }

    @Test
    void trainingWithoutATopicIsRefused() {
        List<LabelledVector> noSanctions = SyntheticTopics.examples(100, 2L).stream()
                .filter(e -> !e.topics().contains(Topics.SANCTIONS)).toList();
        assertThrows(IllegalArgumentException.class, () -> new TopicTrainer(TopicModelSettings.DEFAULT).train(noSanctions, "x"));
    }
}
