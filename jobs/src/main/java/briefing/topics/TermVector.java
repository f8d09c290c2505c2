package briefing.topics;

/**
 * An article as the topic model sees it: the terms of the fitted vocabulary it contains and their weights
 * (L2-normalised TF-IDF). Plain arrays so that the Spark layer can hand over a vector without copying into maps.
 */
public record TermVector(String[] terms, double[] weights) {
    public TermVector {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length: " + terms.length + " vs " + weights.length);
        }
    }

    public int size() {
        return terms.length;
    }
}
