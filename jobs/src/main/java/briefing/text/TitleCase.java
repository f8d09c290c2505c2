package briefing.text;

import java.util.Set;

/**
 * Lines written in title case — every word capitalised but the small words that join them — and bylines, "By Jane
 * Doe and John Roe, Reuters": "by" and then names only. The sentence filter drops a byline; the line-break rules
 * let a title-case line or a byline stand alone.
 */
public final class TitleCase {
    private static final Set<String> JOINERS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "vs");

    private TitleCase() {
    }

    /** Whether every word of {@code text[start, end)} is capitalised or a joining word ("of", "the", "and"). */
    public static boolean isTitleLike(String text, int start, int end) {
        int i = start;
        while (i < end) {
            while (i < end && Punctuation.isSpace(text.charAt(i))) i++;
            int wordStart = i;
            while (i < end && !Punctuation.isSpace(text.charAt(i))) i++;
            if (wordStart < i && Character.isLowerCase(text.charAt(wordStart)) && !JOINERS.contains(trimSymbols(text, wordStart, i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[start, end)} is "by " (any case) and then names only. */
    public static boolean isByline(String text, int start, int end) {
        return text.regionMatches(true, start, "by ", 0, 3) && isTitleLike(text, start + 3, end);
    }

    private static String trimSymbols(String text, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }
}
