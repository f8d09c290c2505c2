package briefing.topics;

import briefing.vectorize.TermVector;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** NB-LR: scoring with the ratios gives exactly what each topic's own Tribuo model predicts on its scaled features. */
class PerTopicTrainerTest {
    static final TopicModelSettings NB = TopicModelSettings.DEFAULT.withNbRatio(0.5);

    static String[] vocabulary() {
        return SyntheticTopics.VOCABULARY;
    }

    @Test
    void scoresReproduceTribuosPerTopicPredictionsOnScaledFeatures() {
        String[] vocabulary = vocabulary();
        TopicClassifier classifier = new TopicTrainer(NB).scorer(SyntheticTopics.examples(200, 4L), vocabulary, "synthetic");
        LogCountRatios ratios = classifier.ratios();
        assertNotNull(ratios);
        var perTopic = classifier.topicModel().perTopic();
        Random random = new Random(6);
        int checked = 0;
        for (int i = 0; i < 30; i++) {
            TermVector v = SyntheticTopics.vector(i % 2 == 0 ? Set.of(Topics.SANCTIONS) : Set.of(Topics.HUMAN_RIGHTS, Topics.DIPLOMACY), random);
            Map<String, Double> margins = classifier.margins(v);
            for (int t = 0; t < Topics.ALL.size(); t++) {
                String topic = Topics.ALL.get(t);
                TermVector scaled = ratios.scale(t, v);
                double tribuo = perTopic.get(topic).predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, scaled.terms(), scaled.weights()))
                        .getOutputScores().get(topic).getScore();
                assertEquals(tribuo, PlattScaling.sigmoid(margins.get(topic)), 1e-9, topic);
                checked++;
            }
        }
        assertEquals(90, checked);
        // The scaling matters: the plain vector gives Tribuo's models another score than the scaled one.
        TermVector v = SyntheticTopics.vector(Set.of(Topics.SANCTIONS), new Random(1));
        double plain = perTopic.get(Topics.SANCTIONS).predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, v.terms(), v.weights()))
                .getOutputScores().get(Topics.SANCTIONS).getScore();
        assertNotEquals(plain, PlattScaling.sigmoid(classifier.margins(v).get(Topics.SANCTIONS)), 1e-6);
    }

    @Test
    void effectiveWeightsAreModelWeightsTimesRatios() {
        String[] vocabulary = vocabulary();
        TopicClassifier classifier = new TopicTrainer(NB).scorer(SyntheticTopics.examples(200, 4L), vocabulary, "synthetic");
        var plain = classifier.topicModel();
        int s = Topics.ALL.indexOf(Topics.SANCTIONS);
        for (String term : List.of("embargo", "summit", "said")) {
            assertEquals(plainWeight(plain, Topics.SANCTIONS, term) * classifier.ratios().ratio(s, term),
                    classifier.termWeights().get(Topics.SANCTIONS).get(term), 1e-12, term);
        }
        assertTrue(classifier.termWeights().get(Topics.SANCTIONS).get("embargo") > 0);
        assertTrue(classifier.termWeights().get(Topics.SANCTIONS).get("embargo") > classifier.termWeights().get(Topics.DIPLOMACY).get("embargo"));
    }

    @Test
    void reloadedFromTribuoProtobufsAndRatioBytesScoresTheSame() {
        String[] vocabulary = vocabulary();
        TopicClassifier trained = new TopicTrainer(NB).train(SyntheticTopics.examples(300, 1L), "synthetic");
        java.util.Map<String, org.tribuo.Model<org.tribuo.classification.Label>> reloaded = new java.util.LinkedHashMap<>();
        trained.topicModel().perTopic().forEach((topic, m) -> reloaded.put(topic, reload(m)));
        TopicClassifier back = new TopicClassifier(new TopicModel(reloaded, LogCountRatios.fromBytes(trained.ratios().toBytes(), vocabulary)),
                vocabulary, trained.thresholds(), trained.calibration());
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            TermVector v = SyntheticTopics.vector(Set.of(Topics.DIPLOMACY, Topics.SANCTIONS), random);
            assertEquals(trained.scores(v), back.scores(v));
        }
        // The ratios are part of the model: its Tribuo models alone are refused, since they would score otherwise.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TopicModel(reloaded, null));
        assertTrue(e.getMessage().contains("ratios are missing"), e.getMessage());
        // And ratios are refused for models trained without them.
        TopicClassifier plain = new TopicTrainer(NB.withNbRatio(0)).train(SyntheticTopics.examples(300, 1L), "synthetic");
        assertThrows(IllegalArgumentException.class, () -> new TopicModel(plain.topicModel().perTopic(), trained.ratios()));
    }

    @SuppressWarnings("unchecked")
    static org.tribuo.Model<org.tribuo.classification.Label> reload(org.tribuo.Model<org.tribuo.classification.Label> m) {
        return (org.tribuo.Model<org.tribuo.classification.Label>) org.tribuo.Model.deserialize(m.serialize());
    }

    /** A topic's own model weight for a term, read from its LibLinear model (before the ratios). */
    static double plainWeight(TopicModel model, String topic, String term) {
        var liblinear = (org.tribuo.classification.liblinear.LibLinearClassificationModel) model.perTopic().get(topic);
        var inner = liblinear.getInnerModels().get(0);
        double sign = inner.getLabels()[0] == liblinear.getOutputIDInfo().getID(new org.tribuo.classification.Label(topic)) ? 1 : -1;
        return sign * inner.getFeatureWeights()[liblinear.getFeatureIDMap().getID(term)];
    }

    @Test
    void evidenceRanksByWeightTimesRatioTimesValueAndOccursInTheArticle() {
        String[] vocabulary = vocabulary();
        TopicClassifier classifier = new TopicTrainer(NB).train(SyntheticTopics.examples(300, 1L), "synthetic");
        String[] terms = {"embargo", "blacklist", "summit", "said", "torture"};
        double[] values = {0.5, 0.3, 0.4, 0.6, 0.37};
        TermVector v = TermVector.of(vocabulary, terms, values);
        String text = "The embargo and the blacklist were said to follow the summit.";
        List<String> evidence = classifier.evidence(v, List.of(Topics.SANCTIONS), "Embargo", text).get(Topics.SANCTIONS);
        assertFalse(evidence.isEmpty());
        String words = TopicEvidence.wordsOf("Embargo", text);
        for (String term : evidence) assertTrue(TopicEvidence.occursIn(term, words), term);
        assertFalse(evidence.contains("torture"), "not in the article, so not evidence");
        // The order is that of w * r * x among the terms that raise the score.
        var plain = classifier.topicModel();
        int s = Topics.ALL.indexOf(Topics.SANCTIONS);
        List<String> expected = new ArrayList<>();
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
        double[] share = new double[4];
        for (int i = 0; i < 4; i++) share[i] = plainWeight(plain, Topics.SANCTIONS, terms[i]) * classifier.ratios().ratio(s, terms[i]) * values[i];
        order.sort((a, b) -> Double.compare(share[b], share[a]));
        for (int i : order) if (share[i] > 0) expected.add(terms[i]);
        assertEquals(expected, evidence);
    }

    @Test
    void rowsCutWithAnotherVocabularyAreRefused() {
        List<LabelledVector> rows = new ArrayList<>(SyntheticTopics.examples(50, 1L));
        String[] copy = SyntheticTopics.VOCABULARY.clone();
        TermVector first = rows.get(0).vector();
        rows.set(0, new LabelledVector("other", new TermVector(copy, first.ids(), first.weights()), rows.get(0).topics()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TopicTrainer(NB).train(rows, "synthetic"));
        assertTrue(e.getMessage().contains("different vocabularies"), e.getMessage());
    }
}
