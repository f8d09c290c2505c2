package briefing.summary;

import briefing.text.SublinearTf;
import briefing.text.Terms;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sentence (or title) as the vectoriser would weigh it: sublinear term frequency {@code 1 + ln(count)} times the
 * corpus IDF, L2-normalised, so the dot product of two vectors is their cosine.
 */
public final class SentenceVector {
    static final SentenceVector EMPTY = new SentenceVector(new String[0], new double[0], null, null);

    /**
     * Distinct terms, so two vectors meet in one merge rather than a map lookup per term: sorted as strings, or, for
     * a vector of an article's term ids, in id order with {@code ids} and the {@code dictionary} that numbered them.
     */
    private String[] terms;
    private final double[] weights;
    private final int[] ids;
    private final ArticleTermIds dictionary;

    /** @param terms null for a vector of ids: its terms are only spelt out when a string is needed */
    private SentenceVector(String[] terms, double[] weights, int[] ids, ArticleTermIds dictionary) {
        this.terms = terms;
        this.weights = weights;
        this.ids = ids;
        this.dictionary = dictionary;
    }

    /** From term ids of one article ({@link ArticleTermIds#ids}): the same vector as {@link #of}, cheaper to build and compare. */
    static SentenceVector ofIds(int[] occurrences, ArticleTermIds dictionary, CorpusStatistics corpus, double idfExponent) {
        if (occurrences.length == 0) {
            return EMPTY;
        }
        int[] sorted = occurrences.clone();
        Arrays.sort(sorted);
        int[] distinct = new int[sorted.length];
        int[] counts = new int[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; n++) {
            int j = i + 1;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            distinct[n] = sorted[i];
            counts[n] = j - i;
            i = j;
        }
        int[] ids = Arrays.copyOf(distinct, n);
        // Plain TF (exponent 0, the default) needs no term string; only an IDF lookup spells the term out.
        double[] weights = normalisedWeights(counts, n, k -> idfExponent == 0.0 ? null : dictionary.term(ids[k]), corpus, idfExponent);
        return weights == null ? EMPTY : new SentenceVector(null, weights, ids, dictionary);
    }

    /**
     * The weight of each of {@code n} distinct terms, {@code (1 + ln count) * idf^e}, L2-normalised; null when all are 0.
     * The one weighing of both builders, by id and by string.
     */
    private static double[] normalisedWeights(int[] counts, int n, java.util.function.IntFunction<String> term, CorpusStatistics corpus, double idfExponent) {
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) weights[k] = weight(counts[k], term.apply(k), corpus, idfExponent);
        return unitLength(weights);
    }

    /** The weights divided by their L2 norm, in place; null when they are all 0. */
    private static double[] unitLength(double[] weights) {
        double norm = 0;
        for (double w : weights) norm += w * w;
        if (norm <= 0) {
            return null;
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < weights.length; k++) weights[k] /= length;
        return weights;
    }

    private static double weight(int count, String term, CorpusStatistics corpus, double idfExponent) {
        double tf = SublinearTf.of(count);
        return idfExponent == 0.0 ? tf : tf * (idfExponent == 1.0 ? corpus.idf(term) : Math.pow(corpus.idf(term), idfExponent));
    }

    public static SentenceVector of(String text, CorpusStatistics corpus) {
        return of(text, corpus, 1.0);
    }

    /** With the IDF raised to {@code idfExponent}: 1 is TF-IDF, 0 plain term frequency. */
    public static SentenceVector of(String text, CorpusStatistics corpus, double idfExponent) {
        return ofTerms(Terms.terms(text, corpus.stopWords(), true), corpus, idfExponent);
    }

    static SentenceVector ofTerms(List<String> termList, CorpusStatistics corpus, double idfExponent) {
        if (termList.isEmpty()) {
            return EMPTY;
        }
        String[] sorted = termList.toArray(new String[0]);
        Arrays.sort(sorted);
        String[] distinct = new String[sorted.length];
        int[] counts = new int[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; n++) {
            int j = i + 1;
            while (j < sorted.length && sorted[j].equals(sorted[i])) j++;
            distinct[n] = sorted[i];
            counts[n] = j - i;
            i = j;
        }
        double[] weights = normalisedWeights(counts, n, k -> distinct[k], corpus, idfExponent);
        return weights == null ? EMPTY : new SentenceVector(Arrays.copyOf(distinct, n), weights, null, null);
    }

    /** The normalised sum of vectors: the direction of the whole article. */
    public static SentenceVector centroidOf(List<SentenceVector> vectors) {
        Map<String, Double> sum = new TreeMap<>();
        for (SentenceVector v : vectors) {
            String[] terms = v.terms();
            for (int i = 0; i < terms.length; i++) sum.merge(terms[i], v.weights[i], Double::sum);
        }
        String[] terms = sum.keySet().toArray(new String[0]);
        double[] weights = new double[terms.length];
        for (int i = 0; i < terms.length; i++) weights[i] = sum.get(terms[i]);
        double[] unit = unitLength(weights);
        return unit == null ? EMPTY : new SentenceVector(terms, unit, null, null);
    }

    public double cosine(SentenceVector other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        if (dictionary != null && dictionary == other.dictionary) {
            return cosineByIds(other);
        }
        if (dictionary != null || other.dictionary != null) {
            return dot(other.asMap());
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int order = terms[i].compareTo(other.terms[j]);
            if (order == 0) {
                dot += weights[i++] * other.weights[j++];
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /**
     * The cosine of every pair of an article's vectors (built by {@link #ofIds} from one dictionary of
     * {@code termCount} terms, or empty), as {@link #cosine} gives it, summed in the same order: each row's weights
     * are spread into an array indexed by term id, so a pair costs one pass over the other's terms.
     */
    static double[][] cosines(SentenceVector[] vectors, int termCount) {
        int n = vectors.length;
        double[][] cosines = new double[n][n];
        double[] spread = new double[termCount];
        for (int i = 0; i < n; i++) {
            SentenceVector a = vectors[i];
            if (a.isEmpty()) continue;
            for (int k = 0; k < a.ids.length; k++) spread[a.ids[k]] = a.weights[k];
            for (int j = i + 1; j < n; j++) {
                SentenceVector b = vectors[j];
                double dot = 0;
                for (int k = 0; k < b.weights.length; k++) dot += spread[b.ids[k]] * b.weights[k];
                cosines[i][j] = cosines[j][i] = dot;
            }
            for (int id : a.ids) spread[id] = 0;
        }
        return cosines;
    }

    private double cosineByIds(SentenceVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    private Map<String, Double> asMap() {
        String[] terms = terms();
        Map<String, Double> map = new java.util.HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) map.put(terms[i], weights[i]);
        return map;
    }

    private String[] terms() {
        if (terms == null) {
            String[] spelt = new String[ids.length];
            for (int k = 0; k < ids.length; k++) spelt[k] = dictionary.term(ids[k]);
            terms = spelt;
        }
        return terms;
    }

    /** The dot product with a weight per term, e.g. a linear topic model's coefficients. */
    public double dot(Map<String, Double> termWeights) {
        String[] terms = terms();
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            Double w = termWeights.get(terms[i]);
            if (w != null) {
                dot += weights[i] * w;
            }
        }
        return dot;
    }

    public boolean isEmpty() {
        return weights.length == 0;
    }
}
