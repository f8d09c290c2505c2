package briefing.summary;

import briefing.text.Terms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence (or title) as the vectoriser would weigh it: sublinear term frequency {@code 1 + ln(count)} times the
 * corpus IDF, L2-normalised, so the dot product of two vectors is their cosine.
 */
public final class SentenceVector {
    static final SentenceVector EMPTY = new SentenceVector(Map.of());

    private final Map<String, Double> weights;

    private SentenceVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    public static SentenceVector of(String text, CorpusStatistics corpus) {
        return of(text, corpus, 1.0);
    }

    /** With the IDF raised to {@code idfExponent}: 1 is TF-IDF, 0 plain term frequency. */
    public static SentenceVector of(String text, CorpusStatistics corpus, double idfExponent) {
        return ofTerms(Terms.terms(text, corpus.stopWords(), true), corpus, idfExponent);
    }

    static SentenceVector ofTerms(List<String> terms, CorpusStatistics corpus, double idfExponent) {
        if (terms.isEmpty()) {
            return EMPTY;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String term : terms) {
            counts.merge(term, 1, Integer::sum);
        }
        Map<String, Double> weights = new HashMap<>(counts.size() * 2);
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double tf = 1 + Math.log(e.getValue());
            double w = idfExponent == 0.0 ? tf : tf * (idfExponent == 1.0 ? corpus.idf(e.getKey()) : Math.pow(corpus.idf(e.getKey()), idfExponent));
            weights.put(e.getKey(), w);
            norm += w * w;
        }
        return normalised(weights, norm);
    }

    /** The normalised sum of vectors: the direction of the whole article. */
    public static SentenceVector centroidOf(List<SentenceVector> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (SentenceVector v : vectors) {
            v.weights.forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        double norm = 0;
        for (double w : sum.values()) {
            norm += w * w;
        }
        return sum.isEmpty() ? EMPTY : normalised(sum, norm);
    }

    private static SentenceVector normalised(Map<String, Double> weights, double squaredNorm) {
        if (squaredNorm <= 0) {
            return EMPTY;
        }
        double norm = Math.sqrt(squaredNorm);
        weights.replaceAll((term, w) -> w / norm);
        return new SentenceVector(weights);
    }

    public double cosine(SentenceVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** The dot product with a weight per term, e.g. a linear topic model's coefficients. */
    public double dot(Map<String, Double> termWeights) {
        double dot = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double w = termWeights.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }
}
