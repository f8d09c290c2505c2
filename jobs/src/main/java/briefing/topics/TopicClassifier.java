package briefing.topics;

import briefing.vectorize.TermVector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-label topic model: linear weights giving every topic a log-odds ({@link TopicWeights}), a Platt
 * calibration per topic turning it into a probability, and a threshold per topic above which the topic is assigned.
 * Plain arrays and numbers, so it is what the executors receive; the Tribuo models it was read from stay on the
 * driver ({@link #topicModel()}). Thread-safe.
 */
public final class TopicClassifier implements Serializable {
    /** Null once shipped to an executor. */
    private final transient TopicModel model;
    private final TopicWeights weights;
    private final Map<String, Double> thresholds;
    private final Map<String, PlattScaling> calibration;

    /**
     * @param model      the per-topic Tribuo models, kept for saving and provenance
     * @param vocabulary the vectoriser's vocabulary array, by which the weights are laid out: the classifier scores the
     *                   vectors cut with this very array ({@link TermVector#vocabulary()})
     */
    public TopicClassifier(TopicModel model, String[] vocabulary, Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        this(model, TopicWeights.of(model, vocabulary), thresholds, calibration);
    }

    TopicClassifier(TopicModel model, TopicWeights weights, Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        for (String topic : Topics.ALL) {
            if (!thresholds.containsKey(topic)) throw new IllegalArgumentException("no threshold for topic " + topic);
            if (!calibration.containsKey(topic)) throw new IllegalArgumentException("no calibration for topic " + topic);
        }
        this.model = model;
        this.weights = weights;
        this.thresholds = new LinkedHashMap<>(thresholds);
        this.calibration = new LinkedHashMap<>(calibration);
    }

    /** The same model with other thresholds and calibration. */
    public TopicClassifier withThresholds(Map<String, Double> thresholds, Map<String, PlattScaling> calibration) {
        return new TopicClassifier(model, weights, thresholds, calibration);
    }

    /** The per-topic Tribuo models; null for a classifier shipped to an executor. */
    public TopicModel topicModel() {
        return model;
    }

    public Map<String, Double> thresholds() {
        return thresholds;
    }

    public Map<String, PlattScaling> calibration() {
        return calibration;
    }

    /** The NB-LR ratios the model's features were scaled by; null for a model on the plain vector (or without its Tribuo models). */
    public LogCountRatios ratios() {
        return model == null ? null : model.ratios();
    }

    /**
     * Each topic's log-odds before calibration; null when the article has no term the model knows. The vector must be
     * cut with the classifier's vocabulary array.
     */
    public Map<String, Double> margins(TermVector vector) {
        if (!weights.knowsAny(vector)) return null;
        Map<String, Double> margins = new LinkedHashMap<>();
        for (int t = 0; t < Topics.ALL.size(); t++) margins.put(Topics.ALL.get(t), weights.margin(t, vector));
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
        return TopicEvidence.of((topic, i) -> weights.weight(topic, vector, i), vector, topics, title, text);
    }

    /** No calibration: every topic's scores used as they are. */
    public static Map<String, PlattScaling> identity() {
        Map<String, PlattScaling> m = new LinkedHashMap<>();
        for (String topic : Topics.ALL) m.put(topic, PlattScaling.IDENTITY);
        return m;
    }
}
