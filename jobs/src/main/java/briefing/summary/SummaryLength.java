package briefing.summary;

import java.io.Serializable;

/**
 * How long a summary may be. Any of three limits, each optional; every limit given holds at once, so the
 * tightest one decides:
 * <ul>
 *   <li>{@code maxSentences}: at most this many sentences;</li>
 *   <li>{@code ratio}: at most {@code ceil(ratio * sentences in the article)} sentences, at least one;</li>
 *   <li>{@code maxWords}: sentences are taken best first while the summary stays within this many words
 *       ({@link briefing.text.Words#tokens}); a sentence that would overflow is skipped for a shorter one further
 *       down the ranking. Sentences are never cut, so the first sentence is taken even when it alone is longer.</li>
 * </ul>
 * With no limit at all, {@link #DEFAULT} (3 sentences) applies. An article within the limits comes back whole.
 *
 * @param maxSentences null for no sentence limit
 * @param maxWords     null for no word limit
 * @param ratio        null for no ratio limit; in (0, 1]
 */
public record SummaryLength(Integer maxSentences, Integer maxWords, Double ratio) implements Serializable {
    public static final int DEFAULT_SENTENCES = 3;
    public static final SummaryLength DEFAULT = sentences(DEFAULT_SENTENCES);

    public SummaryLength {
        if (maxSentences != null && maxSentences < 0) {
            throw new IllegalArgumentException("sentences must be >= 0, was " + maxSentences);
        }
        if (maxWords != null && maxWords < 1) {
            throw new IllegalArgumentException("words must be >= 1, was " + maxWords);
        }
        if (ratio != null && !(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
        }
        if (maxSentences == null && maxWords == null && ratio == null) {
            maxSentences = DEFAULT_SENTENCES;
        }
    }

    public static SummaryLength sentences(int n) {
        return new SummaryLength(n, null, null);
    }

    public static SummaryLength words(int n) {
        return new SummaryLength(null, n, null);
    }

    public static SummaryLength ratio(double r) {
        return new SummaryLength(null, null, r);
    }

    /** The most sentences a summary of an article of {@code articleSentences} sentences may have. */
    public int sentenceLimit(int articleSentences) {
        int limit = Integer.MAX_VALUE;
        if (maxSentences != null) {
            limit = maxSentences;
        }
        if (ratio != null) {
            limit = Math.min(limit, Math.max(1, (int) Math.ceil(ratio * articleSentences - 1e-9)));
        }
        return limit;
    }

    /** A sentence's words as this budget counts them: 0 when there is no word limit, so nobody counts them. */
    int wordsOf(ScoredArticle article, int i) {
        return maxWords == null ? 0 : article.words(i);
    }

    /** Whether one more sentence of {@code words} words fits after {@code chosen} sentences of {@code chosenWords} words. */
    public boolean fits(int chosen, int chosenWords, int words, int articleSentences) {
        if (chosen >= sentenceLimit(articleSentences)) {
            return false;
        }
        return maxWords == null || chosen == 0 || chosenWords + words <= maxWords;
    }

    /** Whether nothing more can be added, whatever its length. */
    public boolean full(int chosen, int chosenWords, int articleSentences) {
        return chosen >= sentenceLimit(articleSentences) || (maxWords != null && chosenWords >= maxWords);
    }
}
