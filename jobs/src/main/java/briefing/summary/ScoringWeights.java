package briefing.summary;

import java.io.Serializable;

/**
 * How {@link Summarizer} weighs its signals; chosen by measurement ({@code briefing evaluate-summaries}).
 *
 * @param centrality        weight of the sentence's LexRank centrality (0..1)
 * @param position          weight of the news position prior (0..1)
 * @param title             weight of the cosine to the title (0..1)
 * @param positionHalfLife  the prior is {@code 1 / (1 + k / halfLife)} for the k-th summary-worthy sentence
 * @param mmrLambda         maximal marginal relevance: the next sentence maximises
 *                          {@code lambda * score - (1 - lambda) * max cosine to the sentences already chosen};
 *                          1 turns redundancy control off
 * @param idfExponent       sentence vectors weigh a term {@code (1 + ln tf) * idf^idfExponent}: 1 is TF-IDF,
 *                          0 plain (sublinear) term frequency
 * @param ledeFirst         the lede (the first prose sentence after the page furniture) is chosen first, and the
 *                          rest by score and marginal relevance
 */
public record ScoringWeights(double centrality, double position, double title, double positionHalfLife, double mmrLambda,
                             double idfExponent, boolean ledeFirst) implements Serializable {
    public static final ScoringWeights DEFAULT = new ScoringWeights(0.65, 0.15, 0.2, 5.0, 0.75, 0.0, true);

    public ScoringWeights {
        if (centrality < 0 || position < 0 || title < 0 || centrality + position + title <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not all 0");
        }
        if (idfExponent < 0) {
            throw new IllegalArgumentException("idf exponent must be >= 0");
        }
        if (positionHalfLife <= 0 || mmrLambda <= 0 || mmrLambda > 1) {
            throw new IllegalArgumentException("half-life must be > 0 and lambda in (0, 1]");
        }
    }

    public ScoringWeights with(double newCentrality, double newPosition, double newTitle) {
        return new ScoringWeights(newCentrality, newPosition, newTitle, positionHalfLife, mmrLambda, idfExponent, ledeFirst);
    }

    public ScoringWeights withHalfLife(double halfLife) {
        return new ScoringWeights(centrality, position, title, halfLife, mmrLambda, idfExponent, ledeFirst);
    }

    public ScoringWeights withIdfExponent(double exponent) {
        return new ScoringWeights(centrality, position, title, positionHalfLife, mmrLambda, exponent, ledeFirst);
    }

    public ScoringWeights withLedeFirst(boolean first) {
        return new ScoringWeights(centrality, position, title, positionHalfLife, mmrLambda, idfExponent, first);
    }

    public ScoringWeights withMmr(double lambda) {
        return new ScoringWeights(centrality, position, title, positionHalfLife, lambda, idfExponent, ledeFirst);
    }
}
