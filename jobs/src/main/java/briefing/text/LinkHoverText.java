package briefing.text;

import java.text.Normalizer;
import java.util.Set;

/**
 * The Hill's link hover text, left in its articles' text by the page scrape: after a politician's name as the article
 * wrote it, the full name glued to the headlines of other articles, up to a capitalised "MORE" ("Sen. John Cornyn
 * John CornynThe wrong road to ... Senators push back on ... MORE (R-Texas), who ..."). {@link #strip} takes the full
 * name and the headlines out and keeps the name the article wrote ("Sen. John Cornyn (R-Texas), who ..."), so a
 * sentence that holds a hover block is neither furniture nor cut in two by a headline's "?" or "!".
 *
 * <p>A block is recognised by its three parts together: a surname glued to a capital, digit or opening quote (the first
 * headline; or, in some blocks, followed by a space), the same surname as a word among the few capitalised words
 * before the full name (the name the article wrote: "Linda Sanchez Linda Teresa Sánchez", accents aside), and "MORE"
 * after it on the same line, with no sentence of prose ending in between.
 */
public final class LinkHoverText {
    private static final String MARK = "MORE";
    /** Characters from the glued surname to MORE: a block holds two to five headlines. */
    private static final int MAX_BLOCK = 900;
    /** Words between the name the article wrote and the glued surname: "James (Jim) Daniel", at most 4 seen. */
    private static final int MAX_FULL_NAME_WORDS = 6;

    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "da", "di", "du", "van", "von", "der", "la", "le", "al", "bin");

    /** The openings of surnames with a capital inside: "McConnell", "MacArthur", "DeSantis", "LaHood", "VanDyke". */
    private static final Set<String> NAME_PREFIXES = Set.of(
            "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "St", "Van", "Von", "Del", "Des", "Fitz");

    private LinkHoverText() {
    }

    /** The text without its hover blocks; the same string when it has none. */
    public static String strip(String text) {
        if (text == null || !text.contains(MARK)) return text;
        StringBuilder out = null;
        int copied = 0;
        for (int mark = text.indexOf(MARK, 1); mark >= 0; mark = text.indexOf(MARK, mark + 1)) {
            int end = mark + MARK.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
            int start = blockStart(text, Math.max(copied, mark - MAX_BLOCK), mark);
            if (start < copied) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, start);
            copied = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Where the block that ends with the MORE at {@code mark} starts (the space before the full name), or -1 if there is
     * none. MORE follows the last headline after a space, or the full name itself when there is no headline
     * ("Brad Parscale Bradley (Brad) James ParscaleMORE is ..."). The full name glued to its first headline is looked
     * for first, nearest MORE, so a name repeated earlier in the sentence's prose is never taken for it.
     */
    private static int blockStart(String text, int from, int mark) {
        char before = text.charAt(mark - 1);
        if (before != ' ' && !Character.isLowerCase(before)) return -1;
        int limit = before == ' ' ? mark - 1 : mark + 1;
        int first = Math.max(from, text.lastIndexOf('\n', mark) + 1) + 1;
        for (int at = limit - 1; at >= first; at--) {
            if (!Character.isLowerCase(text.charAt(at - 1)) || !opensHeadline(text, at)) continue;
            int start = fullNameStart(text, at);
            if (start >= 0 && headlinesOnly(text, start, mark)) return start;
        }
        return before == ' ' && spacedBlockEnd(text, mark) ? spacedBlockStart(text, first, mark) : -1;
    }

    /**
     * A block whose full name is followed by a space ("Speaker Paul Ryan Paul Davis Ryan Retirees should ..."): the
     * first surname that repeats one before it may be the repeated first name ("Paul Ryan Paul| Davis Ryan"), so every
     * surname to the end of that run of names is tried and the latest start kept.
     */
    private static int spacedBlockStart(String text, int first, int mark) {
        int start = -1;
        int runEnd = mark - 1;
        for (int at = first; at < runEnd; at++) {
            if (!Character.isLowerCase(text.charAt(at - 1)) || text.charAt(at) != ' ') continue;
            int candidate = fullNameStart(text, at);
            if (candidate < 0 || !headlinesOnly(text, candidate, mark)) continue;
            if (start < 0) runEnd = endOfNames(text, at, mark - 1);
            start = Math.max(start, candidate);
        }
        return start;
    }

    /** The end of the run of name words from {@code at} (the first word after it that is not one), at most {@code limit}. */
    private static int endOfNames(String text, int at, int limit) {
        int wordStart = at;
        while (wordStart < limit) {
            while (wordStart < limit && text.charAt(wordStart) == ' ') wordStart++;
            int wordEnd = text.indexOf(' ', wordStart);
            if (wordEnd < 0 || wordEnd > limit) wordEnd = limit;
            if (wordStart < limit && !isNameWord(text.substring(wordStart, wordEnd))) return wordEnd;
            wordStart = wordEnd;
        }
        return limit;
    }

    /**
     * No sentence of prose ends inside a block: a full stop (and perhaps a closing quote) after a word in lower case
     * or a number, then a capital ("work. The", "in 2019. It", "said.” The"); headlines have abbreviations ("Sens.
     * Kaine", "Mass. Democrats") but not that.
     */
    private static boolean headlinesOnly(String text, int from, int limit) {
        for (int dot = text.indexOf('.', from); dot >= 0 && dot < limit; dot = text.indexOf('.', dot + 1)) {
            int next = dot + 1;
            if (next < limit && (text.charAt(next) == '”' || text.charAt(next) == '"')) next++;
            if (next + 1 >= limit || text.charAt(next) != ' ' || !Character.isUpperCase(text.charAt(next + 1))) continue;
            int wordStart = dot;
            while (wordStart > from && Character.isLetterOrDigit(text.charAt(wordStart - 1))) wordStart--;
            String word = text.substring(wordStart, dot);
            boolean lowerWord = word.length() >= 3 && Character.isLowerCase(word.charAt(0));
            boolean number = word.length() >= 2 && word.chars().allMatch(Character::isDigit);
            if (lowerWord || number) return false;
        }
        return true;
    }

    /**
     * Some blocks have a space after the full name ("Speaker Paul Ryan Paul Davis Ryan Retirees should ... MORE
     * (R-Wis.)"). Without the glue a block is taken only when it ends as hover text does: MORE after a word in lower
     * case, before a parenthesis, a punctuation mark or a word in lower case (not "LEARN MORE", "READ MORE:").
     */
    private static boolean spacedBlockEnd(String text, int mark) {
        int end = mark + MARK.length();
        if (mark < 2 || !Character.isLowerCase(text.charAt(mark - 2))) return false;
        if (end == text.length()) return true;
        char after = text.charAt(end);
        if (after == ',' || after == '.' || after == ')' || after == ';' || after == '’' || after == '\'') return true;
        return after == ' ' && end + 1 < text.length()
                && (text.charAt(end + 1) == '(' || Character.isLowerCase(text.charAt(end + 1)));
    }

    /** A headline's first character glued to a surname: a capital, a digit, or a quote that opens one ("'Nothing ..."; not "Trump's"). */
    private static boolean opensHeadline(String text, int at) {
        char c = text.charAt(at);
        if (Character.isUpperCase(c) || Character.isDigit(c) || c == '‘' || c == '“' || c == '"') return true;
        return c == '\'' && at + 1 < text.length() && Character.isUpperCase(text.charAt(at + 1));
    }

    /**
     * The start of the full name whose surname ends at {@code surnameEnd} (the space before the full name), if the same
     * surname stands as a word among the capitalised words before it, with at least one word between; else -1.
     */
    private static int fullNameStart(String text, int surnameEnd) {
        int surnameStart = surnameEnd;
        while (surnameStart > 0 && isNameChar(text.charAt(surnameStart - 1))) surnameStart--;
        if (!Character.isUpperCase(text.charAt(surnameStart))) return -1;
        String surname = plain(text.substring(surnameStart, surnameEnd));
        // "McConnell", "DeSantis": a capital inside a surname is no glue.
        if (surname.length() < 2 || NAME_PREFIXES.contains(surname)) return -1;
        int wordEnd = surnameStart - 1;
        for (int words = 0; words <= MAX_FULL_NAME_WORDS && wordEnd > 0 && text.charAt(wordEnd) == ' '; words++) {
            int wordStart = text.lastIndexOf(' ', wordEnd - 1) + 1;
            String word = text.substring(wordStart, wordEnd);
            if (!isNameWord(word)) return -1;
            String plainWord = plain(word);
            if (words > 0 && plainWord.equals(surname)) return wordEnd;
            // The name the article wrote glued to the full name: "John DurhamJohn Durham...".
            if (plainWord.startsWith(surname) && word.length() > surname.length()
                    && Character.isUpperCase(word.charAt(surname.length()))) return wordStart + surname.length();
            wordEnd = wordStart - 1;
        }
        return -1;
    }

    /**
     * A capitalised word, a nickname in parentheses, or a particle ("Bill de Blasio", "Chris Van Hollen"); no comma
     * or line break (a list of names in prose is no full name).
     */
    private static boolean isNameWord(String word) {
        if (word.isEmpty() || word.indexOf(',') >= 0 || word.indexOf('\n') >= 0) return false;
        char first = word.charAt(0);
        return Character.isUpperCase(first) || first == '(' || PARTICLES.contains(word);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
    }

    private static String plain(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 128;
        if (ascii) return word;
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
