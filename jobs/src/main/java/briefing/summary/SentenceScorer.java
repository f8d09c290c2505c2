package briefing.summary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A learnt sentence score: the logistic of a linear function of the {@link SentenceFeatures} and the sentence's words, the chance that a reader
 * picking the three sentences an analyst needs would pick this one. Plain arrays and a map of each word's share of
 * the logit (its weight times {@link SentenceFeatures#WORD_VALUE}), read once out of the Tribuo model (see
 * {@code briefing.model.SummaryModel#scorerOf}); this is what the executors receive.
 */
public final class SentenceScorer implements Serializable {
    private final double[] weights;
    private final double bias;
    private final Map<String, Double> wordWeights;

    /** @param wordWeights each word feature's share of the logit, by name ({@link SentenceFeatures#words}); a word not in it adds 0 */
    public SentenceScorer(double[] weights, double bias, Map<String, Double> wordWeights) {
        this.wordWeights = new HashMap<>(wordWeights);
        if (weights.length != SentenceFeatures.COUNT) {
            throw new IllegalArgumentException("expected " + SentenceFeatures.COUNT + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** @param words the sentence's word features ({@link SentenceFeatures#words}) */
    public double score(double[] features, Collection<String> words) {
        double z = bias;
        for (String w : words) z += wordWeights.getOrDefault(w, 0.0);
        for (int i = 0; i < weights.length; i++) z += weights[i] * features[i];
        return 1.0 / (1.0 + Math.exp(-z));
    }

    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }

    public Map<String, Double> wordWeights() {
        return Map.copyOf(wordWeights);
    }

    @Override
    public String toString() {
        return "SentenceScorer" + Arrays.toString(weights) + " + " + wordWeights.size() + " words + " + bias;
    }
}
