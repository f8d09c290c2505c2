package briefing.topics;

/**
 * An article as the topic model sees it: the terms of the fitted vocabulary it contains and their weights
 * (L2-normalised TF-IDF). Plain arrays so that the Spark layer can hand over a vector without copying into maps.
 *
 * @param ids each term's index in the vocabulary it was cut with, or null when not known; with them a classifier
 *            aligned to that vocabulary ({@link TopicClassifier#alignedTo}) reads weights from arrays, not maps
 */
public record TermVector(String[] terms, double[] weights, int[] ids) {
    public TermVector {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length: " + terms.length + " vs " + weights.length);
        }
        if (ids != null && ids.length != terms.length) {
            throw new IllegalArgumentException("terms and ids differ in length: " + terms.length + " vs " + ids.length);
        }
    }

    public TermVector(String[] terms, double[] weights) {
        this(terms, weights, null);
    }

    public int size() {
        return terms.length;
    }
}
