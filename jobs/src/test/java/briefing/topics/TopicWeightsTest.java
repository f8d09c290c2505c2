package briefing.topics;

import briefing.vectorize.TermVector;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** The weights read out of the Tribuo models give exactly the probabilities Tribuo itself predicts. */
class TopicWeightsTest {
    @Test
    void libLinearWeightsReproduceEachTopicModelsOwnProbabilities() {
        TopicClassifier classifier = new TopicTrainer(TopicModelSettings.DEFAULT).scorer(SyntheticTopics.examples(200, 4L), SyntheticTopics.VOCABULARY, "synthetic");
        TopicModel model = classifier.topicModel();
        assertNull(model.ratios());
        TopicWeights weights = TopicWeights.of(model, SyntheticTopics.VOCABULARY);
        Random random = new Random(6);
        for (int i = 0; i < 30; i++) {
            TermVector v = SyntheticTopics.vector(i % 2 == 0 ? Set.of(Topics.SANCTIONS) : Set.of(Topics.HUMAN_RIGHTS, Topics.DIPLOMACY), random);
            ArrayExample<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, v.terms(), v.weights());
            for (String topic : Topics.ALL) {
                double tribuo = model.perTopic().get(topic).predict(example).getOutputScores().get(topic).getScore();
                assertEquals(tribuo, PlattScaling.sigmoid(weights.margin(Topics.ALL.indexOf(topic), v)), 1e-9, topic);
            }
        }
        Map<String, Map<String, Double>> byTopic = weights.byTopic();
        assertTrue(byTopic.get(Topics.SANCTIONS).get("embargo") > 0);
        assertTrue(byTopic.get(Topics.SANCTIONS).get("summit") < byTopic.get(Topics.DIPLOMACY).get("summit"));
        assertEquals(0.0, byTopic.get(Topics.SANCTIONS).getOrDefault("never_in_training", 0.0), 1e-12,
                "a term no training row has gets no weight");
    }

    @Test
    void theThreeModelsShareOneFeatureMapTheVocabulary() {
        String[] vocabulary = PerTopicTrainerTest.vocabulary();
        TopicModel model = new TopicTrainer(TopicModelSettings.DEFAULT).scorer(SyntheticTopics.examples(200, 4L), vocabulary, "synthetic").topicModel();
        var first = model.perTopic().get(Topics.SANCTIONS).getFeatureIDMap();
        assertEquals(Set.of(vocabulary), first.keySet(), "every vocabulary term, the one never in training too");
        for (Model<Label> m : model.models()) assertEquals(first, m.getFeatureIDMap());
        assertEquals(0, first.get("never_in_training").getCount());
    }
}
