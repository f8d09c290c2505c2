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
    void alignedToAVocabularyItScoresAsFromItsMaps() {
        Random random = new Random(11);
        List<TermVector> vectors = new java.util.ArrayList<>();
        java.util.Set<String> terms = new java.util.TreeSet<>();
        for (int i = 0; i < 30; i++) {
            TermVector v = SyntheticTopics.vector(Set.of(Topics.ALL.get(i % 3)), random);
            vectors.add(v);
            terms.addAll(List.of(v.terms()));
        }
        terms.add("a-term-the-model-never-saw");
        String[] vocabulary = terms.toArray(new String[0]);
        TopicClassifier aligned = classifier.alignedTo(vocabulary);
        for (TermVector v : vectors) {
            String[] sameStrings = new String[v.size()];
            int[] ids = new int[v.size()];
            for (int k = 0; k < v.size(); k++) {
                ids[k] = java.util.Arrays.binarySearch(vocabulary, v.terms()[k]);
                sameStrings[k] = vocabulary[ids[k]];
            }
            TermVector withIds = new TermVector(sameStrings, v.weights(), ids);
            assertTrue(aligned.scoresByIds(withIds), "the aligned path is taken");
            Map<String, Double> expected = classifier.margins(v);
            Map<String, Double> actual = aligned.margins(withIds);
            for (String topic : Topics.ALL) assertEquals(expected.get(topic), actual.get(topic), 1e-12, topic);
            assertEquals(classifier.classify(v).topics(), aligned.classify(withIds).topics());
            List<String> all = List.copyOf(Topics.ALL);
            String text = String.join(" ", v.terms());
            assertEquals(classifier.evidence(v, all, "", text), aligned.evidence(withIds, all, "", text), "evidence read by id");
        }
        int unknown = java.util.Arrays.binarySearch(vocabulary, "a-term-the-model-never-saw");
        assertNull(aligned.margins(new TermVector(new String[] {vocabulary[unknown]}, new double[] {1.0}, new int[] {unknown})),
                "no term the model knows: no margins, as from the maps");
        TermVector wrongIds = new TermVector(vectors.get(0).terms(), vectors.get(0).weights(), new int[vectors.get(0).size()]);
        assertFalse(aligned.scoresByIds(wrongIds), "ids of another vocabulary are not trusted");
        assertEquals(classifier.margins(vectors.get(0)), aligned.margins(wrongIds));
    }

    @Test
    void shippedAsJavaSerialisationItScoresTheSameWithoutItsTribuoModels() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(classifier);
        }
        TopicClassifier shipped;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (TopicClassifier) in.readObject();
        }
        assertNull(shipped.topicModel(), "the Tribuo models stay on the driver");
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            TermVector v = SyntheticTopics.vector(Set.of(Topics.HUMAN_RIGHTS), random);
            assertEquals(classifier.scores(v), shipped.scores(v));
        }
    }

    @Test
    void articleWithNoKnownTermScoresZero() {
        TopicAssignment a = classifier.classify(new TermVector(new String[] {"zzz_unknown"}, new double[] {1.0}));
        assertEquals(Map.of(Topics.SANCTIONS, 0.0, Topics.HUMAN_RIGHTS, 0.0, Topics.DIPLOMACY, 0.0), a.scores());
        assertTrue(classifier.classify(new TermVector(new String[0], new double[0])).topics().isEmpty());
    }

    @Test
    void trainingWithoutATopicIsRefused() {
        List<LabelledVector> noSanctions = SyntheticTopics.examples(100, 2L).stream()
                .filter(e -> !e.topics().contains(Topics.SANCTIONS)).toList();
        assertThrows(IllegalArgumentException.class, () -> new TopicTrainer(TopicModelSettings.DEFAULT).train(noSanctions, "x"));
    }
}
