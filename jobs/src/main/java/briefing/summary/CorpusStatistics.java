package briefing.summary;

import briefing.text.StopWords;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the summariser knows of the corpus: how rare each term is (the inverse document frequency the fitted
 * vectoriser learnt from the training articles) and which words carry no content (the vectoriser's stop words).
 * Terms are cut by {@link briefing.text.Terms}, as the vectoriser cuts them.
 *
 * @param idf        term to IDF, Spark's {@code ln((documents + 1) / (documentFrequency + 1))}
 * @param unseenIdf  the IDF of a term the vocabulary does not hold: it was rarer than the vocabulary's cut-off
 *                   in training, so it gets the IDF of a term seen in no document
 */
public record CorpusStatistics(Map<String, Double> idf, double unseenIdf, Set<String> stopWords) implements Serializable {
    public CorpusStatistics {
        idf = new HashMap<>(idf);
        stopWords = new HashSet<>(stopWords);
    }

    /** No corpus: every term weighs 1, and the project's own stop-word list applies. */
    public static CorpusStatistics uniform() {
        return new CorpusStatistics(Map.of(), 1.0, StopWords.all());
    }

    /** From the fitted IDF: {@code idf[i]} belongs to {@code vocabulary[i]}. */
    public static CorpusStatistics of(String[] vocabulary, double[] idf, long documents, Set<String> stopWords) {
        if (vocabulary.length != idf.length) {
            throw new IllegalArgumentException("vocabulary and idf differ in length: " + vocabulary.length + " vs " + idf.length);
        }
        Map<String, Double> byTerm = new HashMap<>(vocabulary.length * 2);
        for (int i = 0; i < vocabulary.length; i++) {
            byTerm.put(vocabulary[i], idf[i]);
        }
        return new CorpusStatistics(byTerm, Math.log(documents + 1.0), stopWords);
    }

    public double idf(String term) {
        Double value = idf.get(term);
        return value != null ? value : unseenIdf;
    }
}
