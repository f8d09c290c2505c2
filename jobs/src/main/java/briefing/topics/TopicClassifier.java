package briefing.topics;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.protos.core.ModelProto;

/**
 * The multi-label topic model: a linear Tribuo model giving every topic a log-odds, a Platt calibration per topic
 * turning it into a probability, and a threshold per topic above which the topic is assigned. An NB-LR model also
 * carries the log-count ratios its features were scaled by ({@link LogCountRatios}). Thread-safe.
 */
public final class TopicClassifier {
    private final Model<MultiLabel> model;
    private final Map<String, Double> thresholds;
    private final Map<String, PlattScaling> calibration;
    private final TopicWeights weights;
    private final TopicWeights.Aligned aligned;

    /** A classifier whose scores are the model's own probabilities (no calibration). */
    public TopicClassifier(Model<MultiLabel> model, Map<String, Double> thresholds) {
        this(model, thresholds, identity());
    }

    public TopicClassifier(Model<MultiLabel> model, Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        this(model, null, thresholds, calibration);
    }

    /** @param ratios the NB-LR ratios the model was trained with; null for a model on the plain vector */
    public TopicClassifier(Model<MultiLabel> model, LogCountRatios ratios, Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        for (String topic : Topics.ALL) {
            if (!thresholds.containsKey(topic)) throw new IllegalArgumentException("no threshold for topic " + topic);
            if (!calibration.containsKey(topic)) throw new IllegalArgumentException("no calibration for topic " + topic);
        }
        this.model = model;
        this.thresholds = Map.copyOf(thresholds);
        this.calibration = Map.copyOf(calibration);
        this.weights = TopicWeights.of(model, ratios);
        this.aligned = null;
    }

    private TopicClassifier(TopicClassifier classifier, Map<String, Double> thresholds, Map<String, PlattScaling> calibration,
                            TopicWeights.Aligned aligned) {
        this.model = classifier.model;
        this.thresholds = Map.copyOf(thresholds);
        this.calibration = Map.copyOf(calibration);
        this.weights = classifier.weights;
        this.aligned = aligned;
    }

    /** The same model (and ratios) with other thresholds and calibration. */
    public TopicClassifier withThresholds(Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        for (String topic : Topics.ALL) {
            if (!thresholds.containsKey(topic)) throw new IllegalArgumentException("no threshold for topic " + topic);
            if (!calibration.containsKey(topic)) throw new IllegalArgumentException("no calibration for topic " + topic);
        }
        return new TopicClassifier(this, thresholds, calibration, aligned);
    }

    /**
     * The same classifier, scoring vectors that carry ids of this vocabulary from arrays laid out by id rather than
     * from a map per topic: the same margins, fewer cache misses. Other vectors are scored as before.
     */
    public TopicClassifier alignedTo(String[] vocabulary) {
        return new TopicClassifier(this, thresholds, calibration, weights.alignedTo(vocabulary));
    }

    /** Reads a model from Tribuo's protobuf form (never Java serialisation). */
    public static TopicClassifier fromProtobuf(byte[] modelProto, Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        return fromProtobuf(modelProto, null, thresholds, calibration);
    }

    /** As {@link #fromProtobuf(byte[], Map, Map)}, for a model trained on features scaled by these ratios (null: none). */
    @SuppressWarnings("unchecked")
    public static TopicClassifier fromProtobuf(byte[] modelProto, LogCountRatios ratios, Map<String, Double> thresholds,
                                               Map<String, PlattScaling> calibration) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(modelProto));
            if (!model.validate(MultiLabel.class)) {
                throw new IllegalArgumentException("the model is not a multi-label model: " + model.getClass().getName());
            }
            // Scored without its ratios, an NB-LR model would label nearly everything; its provenance says what it needs.
            boolean trainedOnRatios = model.getProvenance().getInstanceProvenance().getMap().containsKey(NbLogisticTrainer.BETA_PROVENANCE);
            if (trainedOnRatios != (ratios != null)) {
                throw new IllegalArgumentException(trainedOnRatios
                        ? "the topic model was trained on features scaled by NB-LR ratios, and its ratios are missing"
                        : "NB-LR ratios were given for a topic model trained on plain features");
            }
            return new TopicClassifier((Model<MultiLabel>) model, ratios, thresholds, calibration);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("the topic model is not a valid Tribuo protobuf: " + e.getMessage(), e);
        }
    }

    public static TopicClassifier fromProtobuf(byte[] modelProto, Map<String, Double> thresholds) {
        return fromProtobuf(modelProto, thresholds, identity());
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

    public Map<String, PlattScaling> calibration() {
        return calibration;
    }

    /** The NB-LR ratios the model's features were scaled by; null for a model on the plain vector. */
    public LogCountRatios ratios() {
        return weights.ratios();
    }

    /** Whether this vector is scored from the id-aligned arrays rather than the maps. */
    boolean scoresByIds(TermVector vector) {
        return aligned != null && aligned.fits(vector);
    }

    /** Each topic's log-odds before calibration; null when the article has no term the model knows. */
    public Map<String, Double> margins(TermVector vector) {
        Map<String, Double> margins = new LinkedHashMap<>();
        if (scoresByIds(vector)) {
            if (!aligned.knowsAny(vector)) return null;
            for (int t = 0; t < Topics.ALL.size(); t++) margins.put(Topics.ALL.get(t), aligned.margin(t, vector));
            return margins;
        }
        if (!hasKnownTerm(vector)) return null;
        for (String topic : Topics.ALL) margins.put(topic, weights.margin(topic, vector));
        return margins;
    }

    /** Scores every topic (calibrated); an article with no term the model knows scores 0 everywhere. */
    public Map<String, Double> scores(TermVector vector) {
        Map<String, Double> margins = margins(vector);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            scores.put(topic, margins == null ? 0.0 : calibration.get(topic).apply(margins.get(topic)));
        }
        return scores;
    }

    /**
     * Each topic's learnt coefficient for every vocabulary term it uses (the linear model's weights; with NB-LR ratios,
     * the effective weights {@code w ∘ r}), for finding the sentences of an article that carry a topic.
     */
    public Map<String, Map<String, Double>> termWeights() {
        return weights.byTopic();
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

    /** For each of the assigned topics, the terms of this article that raised its score most; see {@link TopicEvidence}. */
    public Map<String, List<String>> evidence(TermVector vector, List<String> topics, String title, String text) {
        if (scoresByIds(vector)) {
            int[] ids = vector.ids();
            return TopicEvidence.of((topic, i) -> aligned.weight(topic, ids[i]), vector, topics, title, text);
        }
        return TopicEvidence.of(weights, vector, topics, title, text);
    }

    /** No calibration: every topic's scores used as they are (models of format 1). */
    public static Map<String, PlattScaling> identity() {
        Map<String, PlattScaling> m = new LinkedHashMap<>();
        for (String topic : Topics.ALL) m.put(topic, PlattScaling.IDENTITY);
        return m;
    }

    private boolean hasKnownTerm(TermVector vector) {
        for (String term : vector.terms()) {
            if (weights.knows(term)) return true;
        }
        return false;
    }
}
