package briefing.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lower-case word tokens made of letters and digits, in one pass.
 *
 * <p>Kept inside a token: apostrophes and hyphens between letters or digits ({@code don't}, {@code north-korean},
 * {@code covid-19}), dots and commas between digits ({@code 3.5}, {@code 1,750}), and the dots of single-letter
 * acronyms ({@code U.S.} gives {@code u.s}, so it does not collapse into the stop word {@code us}).
 * Curly apostrophes become straight ones, and a possessive {@code 's} is dropped so that
 * {@code Korea's} and {@code Korea} count as the same word.
 */
public final class Words {
    private Words() {
    }

    /** The tokens; the summariser's learnt scorer reads a sentence's words by them (a change needs a new SentenceFeatures.VERSION). */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        scan(text, new StringBuilder(24), token -> tokens.add(withoutPossessive(token).toString()));
        return tokens;
    }

    /** The tokens {@link #tokens} gives, one at a time in the builder passed, until the consumer says stop. */
    public static void forEach(String text, TokenConsumer onToken) {
        scan(text, new StringBuilder(24), token -> onToken.accept(withoutPossessive(token)));
    }

    /** How many tokens {@link #tokens} gives, without building them. */
    public static int count(String text) {
        int[] count = {0};
        scan(text, null, token -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    /** Receives each token; returns whether to go on. */
    public interface TokenConsumer {
        boolean accept(StringBuilder token);
    }

    /** Cuts tokens into {@code token} (lower case); with no builder only their boundaries are found and null is passed. */
    private static void scan(String text, StringBuilder token, TokenConsumer onToken) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            if (token != null) token.setLength(0);
            int length = 0;
            int segmentStart = 0;
            while (i < n) {
                char c = text.charAt(i);
                char append;
                if (isLetterOrDigit(c)) {
                    append = token == null ? c : c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
                } else {
                    char next = i + 1 < n ? text.charAt(i + 1) : '\0';
                    char previous = text.charAt(i - 1);
                    if (isApostrophe(c) && Character.isLetterOrDigit(next)) {
                        append = '\'';
                    } else if (isHyphen(c) && Character.isLetterOrDigit(next)) {
                        append = '-';
                    } else if ((c == '.' || c == ',') && Character.isDigit(previous) && Character.isDigit(next)) {
                        append = c;
                    } else if (c == '.' && isAcronymDot(text, i, length - segmentStart)) {
                        append = '.';
                        segmentStart = length + 1;
                    } else {
                        break;
                    }
                }
                if (token != null) token.append(append);
                length++;
                i++;
            }
            if (!onToken.accept(token)) return;
        }
    }

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
    private static final char[] ASCII_LOWER = new char[128];
    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** A dot between two single letters, as in U.S. or e.g. */
    private static boolean isAcronymDot(String text, int dot, int segmentLength) {
        int n = text.length();
        return segmentLength == 1
                && Character.isLetter(text.charAt(dot - 1))
                && dot + 1 < n && Character.isLetter(text.charAt(dot + 1))
                && (dot + 2 >= n || !Character.isLetterOrDigit(text.charAt(dot + 2)));
    }

    private static StringBuilder withoutPossessive(StringBuilder token) {
        int length = token.length();
        if (length > 2 && token.charAt(length - 1) == 's' && token.charAt(length - 2) == '\'') {
            token.setLength(length - 2);
        }
        return token;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
