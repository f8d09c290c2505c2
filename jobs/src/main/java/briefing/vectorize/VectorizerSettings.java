package briefing.vectorize;

import briefing.param.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How articles become vectors. Each setting is declared once, as a {@link Param}: its flag, help, check, default and
 * entry in a model's settings.
 *
 * @param vocabularySize        at most this many terms, the most frequent across training documents
 * @param minDocumentFrequency  a term must occur in at least this many training documents
 * @param titleWeight           the title counts this many times (headlines carry the topic)
 * @param bigrams               add word pairs to the single words
 */
public record VectorizerSettings(int vocabularySize, int minDocumentFrequency, int titleWeight, boolean bigrams) {
    /** The most times a title may count: the job reads a saved pipeline's title weight up to this ({@link SavedPipeline}). */
    public static final int MAX_TITLE_WEIGHT = 100;

    public static final Param<Integer> VOCABULARY_SIZE = Param.integer("vocabulary-size", "N", "most frequent terms kept", 40_000, 1,
            Integer.MAX_VALUE).recordedAs("vocabulary_size");
    public static final Param<Integer> MIN_DF = Param.integer("min-df", "N", "a term must occur in at least N training articles", 2, 1,
            Integer.MAX_VALUE).recordedAs("min_document_frequency");
    public static final Param<Integer> TITLE_WEIGHT = Param.integer("title-weight", "N", "the title counts N times", 1, 1, MAX_TITLE_WEIGHT)
            .recordedAs("document", w -> "title x " + w + " + text");
    public static final Param<Boolean> BIGRAMS = Param.bool("bigrams", "add word pairs to single words", true)
            .recordedAs("terms", b -> b ? "unigrams + bigrams (NGram n=2)" : "unigrams");
    /** The flags of these settings, in their order on the command line and in help. */
    public static final List<Param<?>> PARAMS = List.of(VOCABULARY_SIZE, MIN_DF, TITLE_WEIGHT, BIGRAMS);

    public static final VectorizerSettings DEFAULT = new VectorizerSettings(VOCABULARY_SIZE.defaultValue(), MIN_DF.defaultValue(),
            TITLE_WEIGHT.defaultValue(), BIGRAMS.defaultValue());

    public VectorizerSettings {
        VOCABULARY_SIZE.check(vocabularySize);
        MIN_DF.check(minDocumentFrequency);
        TITLE_WEIGHT.check(titleWeight);
    }

    /** The settings as a model records them (model.json's {@code vectorizer}, the card's "Settings"). */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        TITLE_WEIGHT.record(m, titleWeight);
        m.put("tokeniser", "RegexTokenizer, lower case, split on non-letter/digit, min length 2");
        m.put("stop_words", "StopWordsRemover, Spark's English list");
        BIGRAMS.record(m, bigrams);
        m.put("counts", "CountVectorizer (fitted vocabulary, no hashing), sublinear: 1 + ln(count)");
        VOCABULARY_SIZE.record(m, vocabularySize);
        MIN_DF.record(m, minDocumentFrequency);
        m.put("weighting", "IDF, then L2 normalisation");
        return m;
    }
}
