package briefing.topics;

import com.google.protobuf.InvalidProtocolBufferException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.LabelFactory;
import org.tribuo.multilabel.baseline.IndependentMultiLabelModel;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.tribuo.protos.core.ModelProto;

/**
 * The multi-label topic model: a Tribuo model giving every topic a score, and a threshold per topic above
 * which the topic is assigned. Thread-safe for scoring.
 */
public final class TopicClassifier {
    private final Model<MultiLabel> model;
    private final Map<String, Double> thresholds;
    /** For a model of independent per-topic classifiers: those classifiers, whose probabilities the multi-label wrapper hides. */
    private final Map<String, Model<Label>> perTopic;

    public TopicClassifier(Model<MultiLabel> model, Map<String, Double> thresholds) {
        for (String topic : Topics.ALL) {
            if (!thresholds.containsKey(topic)) {
                throw new IllegalArgumentException("no threshold for topic " + topic);
            }
        }
        this.model = model;
        this.thresholds = Map.copyOf(thresholds);
        this.perTopic = model instanceof IndependentMultiLabelModel ? perTopicModels(model) : null;
    }

    /**
     * Tribuo's IndependentMultiLabelModel reports only the topics it predicts at 0.5, without the others' scores,
     * and has no accessor for its per-topic models; thresholds need every topic's probability. Its fields are read
     * directly: going through its protobuf instead costs seconds per model (Tribuo serialises the feature map by
     * reflection), which cross-validation pays dozens of times. Tribuo's version is pinned and the tests cover this.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Model<Label>> perTopicModels(Model<MultiLabel> model) {
        try {
            Field labelsField = IndependentMultiLabelModel.class.getDeclaredField("labels");
            Field modelsField = IndependentMultiLabelModel.class.getDeclaredField("models");
            labelsField.setAccessible(true);
            modelsField.setAccessible(true);
            List<Label> labels = (List<Label>) labelsField.get(model);
            List<Model<Label>> models = (List<Model<Label>>) modelsField.get(model);
            Map<String, Model<Label>> byTopic = new LinkedHashMap<>();
            for (int i = 0; i < labels.size(); i++) byTopic.put(labels.get(i).getLabel(), models.get(i));
            return byTopic;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Tribuo version's IndependentMultiLabelModel has no labels/models fields", e);
        }
    }

    /** Reads a model from Tribuo's protobuf form (never Java serialisation). */
    @SuppressWarnings("unchecked")
    public static TopicClassifier fromProtobuf(byte[] modelProto, Map<String, Double> thresholds) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(modelProto));
            if (!model.validate(MultiLabel.class)) {
                throw new IllegalArgumentException("the model is not a multi-label model: " + model.getClass().getName());
            }
            return new TopicClassifier((Model<MultiLabel>) model, thresholds);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("the topic model is not a valid Tribuo protobuf: " + e.getMessage(), e);
        }
    }

    public byte[] toProtobuf() {
        return model.serialize().toByteArray();
    }

    public Model<MultiLabel> tribuoModel() {
        return model;
    }

    public Map<String, Double> thresholds() {
        return thresholds;
    }

    /** Scores every topic; an article with no term the model knows scores 0 everywhere. */
    public Map<String, Double> scores(TermVector vector) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            scores.put(topic, 0.0);
        }
        if (vector.size() == 0 || !hasKnownTerm(vector)) {
            return scores;
        }
        if (perTopic != null) {
            ArrayExample<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, vector.terms(), vector.weights());
            for (Map.Entry<String, Model<Label>> e : perTopic.entrySet()) {
                if (scores.containsKey(e.getKey())) {
                    scores.put(e.getKey(), e.getValue().predict(example).getOutputScores().get(e.getKey()).getScore());
                }
            }
            return scores;
        }
        Prediction<MultiLabel> prediction = model.predict(toExample(vector));
        // Each entry holds one Label carrying that topic's score (the MultiLabel's own score is NaN).
        for (MultiLabel perTopic : prediction.getOutputScores().values()) {
            for (Label label : perTopic.getLabelSet()) {
                if (scores.containsKey(label.getLabel())) {
                    scores.put(label.getLabel(), label.getScore());
                }
            }
        }
        return scores;
    }

    /**
     * Each topic's learnt coefficient for every vocabulary term it uses (the linear model's weights), for finding the
     * sentences of an article that carry a topic.
     */
    public Map<String, Map<String, Double>> termWeights() {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        for (Map.Entry<String, List<com.oracle.labs.mlrg.olcut.util.Pair<String, Double>>> e : model.getTopFeatures(-1).entrySet()) {
            if (!Topics.isTopic(e.getKey())) continue;
            Map<String, Double> byTerm = new java.util.HashMap<>();
            for (var pair : e.getValue()) {
                if (pair.getB() != 0) byTerm.put(pair.getA(), pair.getB());
            }
            weights.put(e.getKey(), byTerm);
        }
        return weights;
    }

    public TopicAssignment classify(TermVector vector) {
        return assign(scores(vector));
    }

    /** Applies the per-topic thresholds to a set of scores. */
    public TopicAssignment assign(Map<String, Double> scores) {
        List<String> assigned = new ArrayList<>();
        for (String topic : Topics.ALL) {
            if (scores.get(topic) >= thresholds.get(topic)) {
                assigned.add(topic);
            }
        }
        assigned.sort(Comparator.comparing((String t) -> scores.get(t)).reversed().thenComparing(Topics.ALL::indexOf));
        return new TopicAssignment(scores, List.copyOf(assigned));
    }

    static ArrayExample<MultiLabel> toExample(TermVector vector) {
        return new ArrayExample<>(MultiLabelFactory.UNKNOWN_MULTILABEL, vector.terms(), vector.weights());
    }

    private boolean hasKnownTerm(TermVector vector) {
        for (String term : vector.terms()) {
            if (model.getFeatureIDMap().getID(term) >= 0) {
                return true;
            }
        }
        return false;
    }
}
