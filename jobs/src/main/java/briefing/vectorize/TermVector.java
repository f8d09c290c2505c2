package briefing.vectorize;

import java.util.HashMap;
import java.util.Map;

/**
 * An article as the topic model sees it: the terms of the fitted vocabulary it contains, by their id in that
 * vocabulary, and their weights (L2-normalised TF-IDF). Plain arrays, so that a vector is handed over without
 * copying into maps.
 *
 * @param vocabulary the vocabulary the vector was cut with, which {@code ids} index: the vectoriser's own array,
 *                   shared by all its vectors, so a model laid out by it (the topic classifier) reads each weight by id
 */
public record TermVector(String[] vocabulary, int[] ids, double[] weights) {
    public TermVector {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length: " + ids.length + " vs " + weights.length);
        }
        for (int id : ids) {
            if (id < 0 || id >= vocabulary.length) throw new IllegalArgumentException("term id " + id + " is outside the vocabulary of " + vocabulary.length);
        }
    }

    /** The vector of these terms of the vocabulary (each must be in it), e.g. a hand-made example. */
    public static TermVector of(String[] vocabulary, String[] terms, double[] weights) {
        Map<String, Integer> idOf = new HashMap<>(vocabulary.length * 2);
        for (int id = 0; id < vocabulary.length; id++) idOf.putIfAbsent(vocabulary[id], id);
        int[] ids = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            Integer id = idOf.get(terms[i]);
            if (id == null) throw new IllegalArgumentException("'" + terms[i] + "' is not in the vocabulary");
            ids[i] = id;
        }
        return new TermVector(vocabulary, ids, weights);
    }

    public int size() {
        return ids.length;
    }

    /** The i-th term. */
    public String term(int i) {
        return vocabulary[ids[i]];
    }

    /** The terms, in the vector's order (a new array). */
    public String[] terms() {
        String[] terms = new String[ids.length];
        for (int i = 0; i < terms.length; i++) terms[i] = term(i);
        return terms;
    }
}
