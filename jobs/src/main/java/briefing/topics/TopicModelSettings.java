package briefing.topics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the topic model is trained.
 *
 * @param trainer         which Tribuo trainer
 * @param epochs          SGD only: passes over the training set
 * @param learningRate    SGD only: AdaGrad's initial learning rate
 * @param cost            LibLinear only: the inverse of the L2 regularisation strength (C)
 * @param balanced        LibLinear only: weight each topic's positives by negatives/positives, so a rare topic's
 *                        words are learnt as firmly as a common one's
 * @param seed            seeds the SGD shuffle and the threshold folds, so a retrain gives the same model
 * @param thresholdFolds  folds of the inner cross-validation that picks each topic's threshold
 */
public record TopicModelSettings(Trainer trainer, int epochs, double learningRate, double cost, boolean balanced, long seed, int thresholdFolds) {
    public enum Trainer {
        /** Tribuo's multi-label LinearSGDTrainer, binary cross-entropy: one logistic output per topic, trained jointly. */
        SGD,
        /** Tribuo's IndependentMultiLabelTrainer over LibLinear L2-regularised logistic regression: one model per topic. */
        LIBLINEAR;

        public static Trainer parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown trainer '" + name + "': use sgd or liblinear");
            }
        }
    }

    public static final TopicModelSettings DEFAULT = new TopicModelSettings(Trainer.LIBLINEAR, 15, 0.5, 16.0, false, 20261122L, 5);

    public TopicModelSettings {
        if (epochs < 1 || learningRate <= 0 || cost <= 0 || thresholdFolds < 2) {
            throw new IllegalArgumentException("invalid topic model settings: epochs " + epochs + ", learning rate " + learningRate
                    + ", cost " + cost + ", threshold folds " + thresholdFolds);
        }
    }

    public TopicModelSettings withTrainer(Trainer t) { return new TopicModelSettings(t, epochs, learningRate, cost, balanced, seed, thresholdFolds); }
    public TopicModelSettings withEpochs(int e) { return new TopicModelSettings(trainer, e, learningRate, cost, balanced, seed, thresholdFolds); }
    public TopicModelSettings withCost(double c) { return new TopicModelSettings(trainer, epochs, learningRate, c, balanced, seed, thresholdFolds); }
    public TopicModelSettings withBalanced(boolean b) { return new TopicModelSettings(trainer, epochs, learningRate, cost, b, seed, thresholdFolds); }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (trainer == Trainer.SGD) {
            m.put("trainer", "Tribuo multi-label LinearSGDTrainer, binary cross-entropy (one logistic output per topic), AdaGrad");
            m.put("epochs", epochs);
            m.put("learning_rate", learningRate);
        } else {
            m.put("trainer", "Tribuo IndependentMultiLabelTrainer over LibLinear L2R_LR (one L2-regularised logistic regression per topic)");
            m.put("cost", cost);
            m.put("class_weights", balanced ? "balanced (each topic's positives weighted negatives/positives)" : "none");
        }
        m.put("seed", seed);
        m.put("threshold_folds", thresholdFolds);
        return m;
    }
}
