package briefing.text;

import java.util.Set;

/**
 * The standard English stop-word list (NLTK's, plus the common contractions and modal verbs it leaves out),
 * in the form {@link Words#tokens} produces: lower case, straight apostrophes.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "ain", "all", "also", "am", "an", "and", "any",
            "are", "aren", "aren't", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "can't", "cannot", "could", "couldn", "couldn't",
            "d", "did", "didn", "didn't", "do", "does", "doesn", "doesn't", "doing", "don", "don't", "down",
            "during",
            "each", "etc",
            "few", "for", "from", "further",
            "had", "hadn", "hadn't", "has", "hasn", "hasn't", "have", "haven", "haven't", "having", "he", "he'd",
            "he'll", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn", "isn't", "it", "its", "itself",
            "just",
            "ll",
            "m", "ma", "may", "me", "might", "mightn", "mightn't", "more", "most", "must", "mustn", "mustn't", "my",
            "myself",
            "needn", "needn't", "no", "nor", "not", "now",
            "o", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
            "re",
            "s", "same", "shall", "shan", "shan't", "she", "she'd", "she'll", "should", "should've", "shouldn",
            "shouldn't", "so", "some", "such",
            "t", "than", "that", "that'll", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through", "to", "too",
            "under", "until", "up", "upon", "us",
            "ve", "very", "via",
            "was", "wasn", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren", "weren't", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "won", "won't", "would",
            "wouldn", "wouldn't",
            "y", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves");

    private StopWords() {
    }

    public static Set<String> all() {
        return WORDS;
    }

    /** Whether a lower-cased token (as {@link Words#tokens} makes them) is a stop word. */
    public static boolean contains(String lowerCaseToken) {
        return lowerCaseToken != null && WORDS.contains(lowerCaseToken);
    }
}
