package briefing.vectorize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How articles become vectors.
 *
 * @param vocabularySize  at most this many terms (unigrams and bigrams), the most frequent across documents
 * @param minDocumentFrequency  a term must occur in at least this many training documents
 */
public record VectorizerSettings(int vocabularySize, int minDocumentFrequency) {
    public static final VectorizerSettings DEFAULT = new VectorizerSettings(40_000, 2);

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", "title + newline + text");
        m.put("tokeniser", "RegexTokenizer, lower case, split on non-letter/digit, min length 2");
        m.put("stop_words", "StopWordsRemover, Spark's English list");
        m.put("terms", "unigrams + bigrams (NGram n=2)");
        m.put("counts", "CountVectorizer (fitted vocabulary, no hashing)");
        m.put("vocabulary_size", vocabularySize);
        m.put("min_document_frequency", minDocumentFrequency);
        m.put("weighting", "IDF, then L2 normalisation");
        return m;
    }
}
