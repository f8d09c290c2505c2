package briefing.summary;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A learnt sentence score: the logistic of a linear function of the {@link SentenceFeatures}, the chance that a reader
 * picking the three sentences an analyst needs would pick this one. Plain arrays, read once out of the Tribuo model
 * (see {@code briefing.model.SummaryModel#scorerOf}); this is what the executors receive.
 */
public final class SentenceScorer implements Serializable {
    private final double[] weights;
    private final double bias;

    public SentenceScorer(double[] weights, double bias) {
        if (weights.length != SentenceFeatures.COUNT) {
            throw new IllegalArgumentException("expected " + SentenceFeatures.COUNT + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
        this.bias = bias;
    }

    public double score(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * features[i];
        return 1.0 / (1.0 + Math.exp(-z));
    }

    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }

    @Override
    public String toString() {
        return "SentenceScorer" + Arrays.toString(weights) + " + " + bias;
    }
}
