package briefing.vectorize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How articles become vectors.
 *
 * @param vocabularySize        at most this many terms, the most frequent across training documents
 * @param minDocumentFrequency  a term must occur in at least this many training documents
 * @param titleWeight           the title counts this many times (headlines carry the topic)
 * @param bigrams               add word pairs to the single words
 */
public record VectorizerSettings(int vocabularySize, int minDocumentFrequency, int titleWeight, boolean bigrams) {
    public static final VectorizerSettings DEFAULT = new VectorizerSettings(40_000, 2, 1, true);

    public VectorizerSettings {
        if (vocabularySize < 1 || minDocumentFrequency < 1 || titleWeight < 0) {
            throw new IllegalArgumentException("invalid vectoriser settings: vocabulary " + vocabularySize
                    + ", min df " + minDocumentFrequency + ", title weight " + titleWeight);
        }
    }

    public VectorizerSettings with(int newVocabularySize, int newMinDf, int newTitleWeight, boolean newBigrams) {
        return new VectorizerSettings(newVocabularySize, newMinDf, newTitleWeight, newBigrams);
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", "title x " + titleWeight + " + text");
        m.put("tokeniser", "RegexTokenizer, lower case, split on non-letter/digit, min length 2");
        m.put("stop_words", "StopWordsRemover, Spark's English list");
        m.put("terms", bigrams ? "unigrams + bigrams (NGram n=2)" : "unigrams");
        m.put("counts", "CountVectorizer (fitted vocabulary, no hashing), sublinear: 1 + ln(count)");
        m.put("vocabulary_size", vocabularySize);
        m.put("min_document_frequency", minDocumentFrequency);
        m.put("weighting", "IDF, then L2 normalisation");
        return m;
    }
}
