package briefing.summary;

import java.util.List;

/**
 * What the learnt sentence scorer ({@link SentenceScorer}) sees of a sentence: where it stands among the article's
 * prose, how central and how close to the title and the lede it is, and what kind of sentence it is. Each value is in
 * 0..1. The names are the features of the Tribuo model the scorer is read from, in this order; beside them, the
 * sentence's words ({@link #words}).
 */
public final class SentenceFeatures {
    public static final List<String> NAMES = List.of(
            "lede",            // the lede itself
            "second",          // the first worthy sentence after the lede
            "third",           // the second worthy sentence after the lede
            "position",        // 1 / (1 + k / 5), k worthy sentences before it
            "relative_position", // k / worthy sentences in the article
            "centrality",      // LexRank, the most central sentence 1
            "title",           // cosine to the title
            "lede_similarity", // cosine to the lede
            "length",          // words / 60, at most 1
            "short",           // under 12 words
            "figure",          // holds a digit
            "quote",           // holds a quotation mark
            "opens_quote",     // starts with one (any of " “ ”)
            "reports_speech",  // a lower-case speech verb after a space (" said", " told", " according to" ...: SpeechVerbs)
            "needs_context",   // refers back, names a person introduced elsewhere, or opens a quote it does not close
            "worthy",          // prose that may lead a summary, not only fill one up
            "question",
            "first_person",    // I, we, my, our, you: the writer's voice
            "when");           // a weekday, "yesterday", "today", "on <month>"
    public static final int COUNT = NAMES.size();
    /**
     * How the features are computed. A scorer is trained on features of one version and refused with another: change
     * it whenever a feature's computation changes, even if its name does not.
     */
    public static final int VERSION = 2;
    /** Word features are named by this prefix and the word ({@link #words}). */
    public static final String WORD_PREFIX = "w:";

    /**
     * The value of a word feature: below 1 it weighs the words' regularisation against the sentence features' (5-fold
     * cross-validation on the picks: 0.3 to 2 tried, research/summary-picks/README.md). A trained model's word weights
     * hold it: change it, or the tokens of {@link briefing.text.Words#tokens} the words come from, only with a new
     * {@link #VERSION}.
     */
    public static final double WORD_VALUE = 0.7;

    private SentenceFeatures() {
    }

    /**
     * The sentence's distinct words as the scorer's word features ({@link #WORD_PREFIX} + the word; a word with a
     * digit in it is one feature, "w:#num"), each of value {@link #WORD_VALUE}: what a sentence says, beside where it
     * stands.
     */
    public static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : briefing.text.Words.tokens(text)) out.add(WORD_PREFIX + (hasDigit(t) ? "#num" : t));
        return out;
    }

    static double[] of(boolean isLede, int worthyBefore, int worthyTotal, double centrality, double title, double ledeSimilarity,
                       String text, int words, boolean needsContext, boolean worthy) {
        double[] f = new double[COUNT];
        f[0] = isLede ? 1 : 0;
        f[1] = !isLede && worthyBefore == 1 ? 1 : 0;
        f[2] = !isLede && worthyBefore == 2 ? 1 : 0;
        f[3] = 1.0 / (1.0 + worthyBefore / 5.0);
        f[4] = worthyTotal > 0 ? Math.min(1.0, worthyBefore / (double) worthyTotal) : 0;
        f[5] = centrality;
        f[6] = title;
        f[7] = ledeSimilarity;
        f[8] = Math.min(1.0, words / 60.0);
        f[9] = words < 12 ? 1 : 0;
        f[10] = hasDigit(text) ? 1 : 0;
        f[11] = hasQuoteMark(text) ? 1 : 0;
        f[12] = !text.isEmpty() && isQuoteMark(text.charAt(0)) ? 1 : 0;
        f[13] = SpeechVerbs.MARKS.foundIn(text) ? 1 : 0;
        f[14] = needsContext ? 1 : 0;
        f[15] = worthy ? 1 : 0;
        f[16] = text.endsWith("?") ? 1 : 0;
        f[17] = mayBeFirstPerson(text) && FIRST_PERSON.matcher(text).find() ? 1 : 0;
        f[18] = WHEN_WORDS.foundIn(text) && WHEN.matcher(text).find() ? 1 : 0;
        return f;
    }

    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Yy]ou|[Uu]s)\\b");
    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|this week|last week|(?:on|in) (?:January|February|March|April|May|June|July|August|September|October|November|December))\\b");

    /** Every string the WHEN pattern can match holds one of these: without one, the pattern need not run. */
    private static final Marks WHEN_WORDS = new Marks(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
                    "tonight", "this week", "last week"),
            java.util.stream.Stream.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December").flatMap(month -> java.util.stream.Stream.of("on " + month, "in " + month))).toList());

    /**
     * Whether a word of FIRST_PERSON's stands between two non-word characters somewhere: every match of the pattern
     * does, so without one the pattern need not run (the pattern, whose word boundaries are the JDK's, decides).
     */
    private static boolean mayBeFirstPerson(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isWordChar(text.charAt(end))) end++;
            if (isFirstPersonWord(text, i, end - i)) return true;
            i = end;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isFirstPersonWord(String text, int start, int length) {
        char first = text.charAt(start);
        return switch (length) {
            case 1 -> first == 'I';
            case 2 -> (first == 'w' || first == 'W') && text.charAt(start + 1) == 'e'
                    || (first == 'm' || first == 'M') && text.charAt(start + 1) == 'y'
                    || (first == 'u' || first == 'U') && text.charAt(start + 1) == 's';
            case 3 -> (first == 'o' || first == 'O') && text.startsWith("ur", start + 1)
                    || (first == 'y' || first == 'Y') && text.startsWith("ou", start + 1);
            default -> false;
        };
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) if (isQuoteMark(text.charAt(i))) return true;
        return false;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”';
    }
}
