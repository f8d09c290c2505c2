package briefing.topics;

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
    void theSgdTrainerLearnsTheTopicsToo() {
        TopicClassifier sgd = new TopicTrainer(new TopicModelSettings(TopicModelSettings.Trainer.SGD, 10, 0.5, 1.0, false, 7L, 3))
                .train(SyntheticTopics.examples(300, 1L), "synthetic");
        TopicAssignment a = sgd.classify(SyntheticTopics.vector(Set.of(Topics.HUMAN_RIGHTS), new Random(8)));
        assertEquals(List.of(Topics.HUMAN_RIGHTS), a.topics());
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

    @Test
    void protobufRoundTripGivesTheSameScores() {
        TopicClassifier reloaded = TopicClassifier.fromProtobuf(classifier.toProtobuf(), classifier.thresholds(), classifier.calibration());
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            TermVector v = SyntheticTopics.vector(Set.of(Topics.HUMAN_RIGHTS), random);
            assertEquals(classifier.scores(v), reloaded.scores(v));
        }
    }

    @Test
    void articleWithNoKnownTermScoresZero() {
        TopicAssignment a = classifier.classify(new TermVector(new String[] {"zzz_unknown"}, new double[] {1.0}));
        assertEquals(Map.of(Topics.SANCTIONS, 0.0, Topics.HUMAN_RIGHTS, 0.0, Topics.DIPLOMACY, 0.0), a.scores());
        assertTrue(classifier.classify(new TermVector(new String[0], new double[0])).topics().isEmpty());
    }

    @Test
    void corruptProtobufIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopicClassifier.fromProtobuf(new byte[] {1, 2, 3, 4, 5}, TopicTrainer.neutralThresholds()));
        assertTrue(e.getMessage().contains("protobuf"), e.getMessage());
    }

    @Test
    void trainingWithoutATopicIsRefused() {
        List<LabelledVector> noSanctions = SyntheticTopics.examples(100, 2L).stream()
                .filter(e -> !e.topics().contains(Topics.SANCTIONS)).toList();
        assertThrows(IllegalArgumentException.class, () -> new TopicTrainer(TopicModelSettings.DEFAULT).train(noSanctions, "x"));
    }
}
