package briefing.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.multilabel.MultiLabel;

/** The weights read out of the Tribuo models give exactly the probabilities Tribuo itself predicts. */
class TopicWeightsTest {
    @Test
    void libLinearWeightsReproduceEachTopicModelsOwnProbabilities() {
        TopicClassifier classifier = new TopicTrainer(TopicModelSettings.DEFAULT).scorer(SyntheticTopics.examples(200, 4L), null, "synthetic");
        TopicModel model = classifier.topicModel();
        assertNull(model.ratios());
        TopicWeights weights = TopicWeights.of(model, null);
        Random random = new Random(6);
        for (int i = 0; i < 30; i++) {
            TermVector v = SyntheticTopics.vector(i % 2 == 0 ? Set.of(Topics.SANCTIONS) : Set.of(Topics.HUMAN_RIGHTS, Topics.DIPLOMACY), random);
            ArrayExample<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, v.terms(), v.weights());
            for (String topic : Topics.ALL) {
                double tribuo = model.perTopic().get(topic).predict(example).getOutputScores().get(topic).getScore();
                assertEquals(tribuo, PlattScaling.sigmoid(weights.margin(topic, v)), 1e-9, topic);
            }
        }
        assertTrue(weights.weight(Topics.SANCTIONS, "embargo") > 0);
        assertTrue(weights.weight(Topics.SANCTIONS, "summit") < weights.weight(Topics.DIPLOMACY, "summit"));
        assertEquals(0.0, weights.weight(Topics.SANCTIONS, "never_seen"));
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

    @Test
    void sgdWeightsReproduceTribuosScores() {
        Model<MultiLabel> model = new TopicTrainer(new TopicModelSettings(TopicModelSettings.Trainer.SGD, 5, 0.5, 1.0, false, 7L, 3))
                .trainSgd(SyntheticTopics.examples(200, 4L), "synthetic");
        TopicWeights weights = TopicWeights.ofSgd(model, null);
        Random random = new Random(6);
        for (int i = 0; i < 30; i++) {
            TermVector v = SyntheticTopics.vector(Set.of(Topics.DIPLOMACY), random);
            for (MultiLabel scored : model.predict(new ArrayExample<>(org.tribuo.multilabel.MultiLabelFactory.UNKNOWN_MULTILABEL, v.terms(), v.weights())).getOutputScores().values()) {
                for (Label label : scored.getLabelSet()) {
                    assertEquals(label.getScore(), PlattScaling.sigmoid(weights.margin(label.getLabel(), v)), 1e-9, label.getLabel());
                }
            }
        }
    }
}
