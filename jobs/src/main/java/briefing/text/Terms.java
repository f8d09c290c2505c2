package briefing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms the fitted vectoriser sees, reproduced in plain Java: lower case, split on anything that is not a
 * letter or digit (Spark's {@code RegexTokenizer} with {@code [^\p{L}\p{N}]+}), tokens of at least two characters,
 * stop words removed, then each remaining word and each pair of neighbouring remaining words ("north korea").
 * Looking a sentence's terms up in the model's vocabulary and IDF only works if they are cut this way; {@link Words}
 * cuts differently (it keeps "u.s" and "north-korean" whole).
 */
public final class Terms {
    private static final int MIN_TOKEN_LENGTH = 2;

    private Terms() {}

    /** Lower-case tokens as the vectoriser's tokenizer makes them, before stop words are removed. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        WordSpans words = WordSpans.of(lower, MIN_TOKEN_LENGTH, WordSpans.NONE);
        for (int w = 0; w < words.size(); w++) {
            tokens.add(lower.substring(words.start(w), words.end(w)));
        }
        return tokens;
    }

    /** Unigrams without stop words, then their neighbouring pairs joined by a space. */
    public static List<String> terms(String text, Set<String> stopWords, boolean bigrams) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(text)) {
            if (!stopWords.contains(token)) {
                words.add(token);
            }
        }
        List<String> terms = new ArrayList<>(bigrams ? 2 * words.size() : words.size());
        terms.addAll(words);
        if (bigrams) {
            for (int i = 0; i + 1 < words.size(); i++) {
                terms.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return terms;
    }

    /** {@code [\p{L}\p{N}]}, the tokenizer's word character: a letter, or a number of any kind (digits, Roman numerals, superscripts). */
    public static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
