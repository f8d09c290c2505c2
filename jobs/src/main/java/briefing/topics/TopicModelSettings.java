package briefing.topics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the topic model is trained.
 *
 * @param epochs          passes of SGD over the training set
 * @param learningRate    AdaGrad's initial learning rate
 * @param seed            seeds the SGD shuffle and the threshold folds, so a retrain gives the same model
 * @param thresholdFolds  folds of the inner cross-validation that picks each topic's threshold
 */
public record TopicModelSettings(int epochs, double learningRate, long seed, int thresholdFolds) {
    public static final TopicModelSettings DEFAULT = new TopicModelSettings(15, 0.5, 20261122L, 5);

    public TopicModelSettings {
        if (epochs < 1 || learningRate <= 0 || thresholdFolds < 2) {
            throw new IllegalArgumentException("invalid topic model settings: " + epochs + ", " + learningRate + ", " + thresholdFolds);
        }
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trainer", "Tribuo multi-label LinearSGDTrainer, binary cross-entropy (one logistic output per topic)");
        m.put("optimiser", "AdaGrad");
        m.put("epochs", epochs);
        m.put("learning_rate", learningRate);
        m.put("seed", seed);
        m.put("threshold_folds", thresholdFolds);
        return m;
    }
}
