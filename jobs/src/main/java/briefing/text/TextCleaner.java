package briefing.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reduces a field of a news record to plain text in one left-to-right pass (no regular expressions, so a hostile
 * record cannot make it backtrack): HTML markup and entities become text, control characters and NUL go, broken
 * UTF-16 (a lone surrogate from a {@code \ud800} escape) becomes U+FFFD, and an overlong text is cut at a word
 * boundary. Each change is named by a flag, so the output can say what was done to an article.
 */
public final class TextCleaner {
    public static final String HTML_STRIPPED = "html_stripped";
    public static final String CONTROL_CHARS_REMOVED = "control_chars_removed";
    public static final String INVALID_UTF8_REPLACED = "invalid_utf8_replaced";
    public static final String TRUNCATED = "truncated";

    /** Tags whose content is not text. */
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("script", "style", "noscript", "template", "head");
    /** Tags that end a paragraph: replaced by a blank line so the sentence splitter sees a boundary. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "tr", "table", "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt", "figcaption");
    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", '\u00A0'), Map.entry("ndash", '\u2013'), Map.entry("mdash", '\u2014'),
            Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'), Map.entry("ldquo", '\u201C'), Map.entry("rdquo", '\u201D'),
            Map.entry("hellip", '\u2026'), Map.entry("laquo", '\u00AB'), Map.entry("raquo", '\u00BB'), Map.entry("copy", '\u00A9'),
            Map.entry("reg", '\u00AE'), Map.entry("trade", '\u2122'), Map.entry("euro", '\u20AC'), Map.entry("pound", '\u00A3'),
            Map.entry("eacute", '\u00E9'), Map.entry("egrave", '\u00E8'), Map.entry("aacute", '\u00E1'), Map.entry("agrave", '\u00E0'),
            Map.entry("iacute", '\u00ED'), Map.entry("oacute", '\u00F3'), Map.entry("uacute", '\u00FA'), Map.entry("ntilde", '\u00F1'),
            Map.entry("ouml", '\u00F6'), Map.entry("uuml", '\u00FC'), Map.entry("auml", '\u00E4'), Map.entry("ccedil", '\u00E7'),
            Map.entry("szlig", '\u00DF'), Map.entry("deg", '\u00B0'), Map.entry("middot", '\u00B7'), Map.entry("bull", '\u2022'),
            Map.entry("shy", '\u00AD'), Map.entry("zwsp", '\u200B'));
    private static final int MAX_ENTITY_LENGTH = 10;
    /** A '<' starts a tag only if its '>' comes within this many characters; otherwise it is text ("a < b"). */
    private static final int MAX_TAG_LENGTH = 2000;

    private final int maxLength;

    /** @param maxLength the longest text kept, in characters; longer text is cut at the last space before it */
    public TextCleaner(int maxLength) {
        if (maxLength < 1) throw new IllegalArgumentException("maxLength must be positive");
        this.maxLength = maxLength;
    }

    /** The cleaned text and what was done to it. */
    public record Cleaned(String text, Set<String> flags) {}

    public Cleaned clean(String raw) {
        Set<String> flags = new TreeSet<>();
        if (raw == null) return new Cleaned(null, flags);
        String text = looksLikeHtml(raw) ? stripHtml(raw, flags) : raw;
        text = removeControlCharacters(text, flags);
        if (text.length() > maxLength) {
            text = cut(text, maxLength);
            flags.add(TRUNCATED);
        }
        return new Cleaned(text, flags);
    }

    /** A tag (a '<' then a letter, '/' or '!') or an entity (&name; or &#n;) makes a text HTML. */
    static boolean looksLikeHtml(String s) {
        int n = s.length();
        for (int i = 0; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == '<') {
                char next = s.charAt(i + 1);
                if ((isAsciiLetter(next) || next == '/' || next == '!') && s.indexOf('>', i) > 0) return true;
            } else if (c == '&' && entityEnd(s, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String stripHtml(String s, Set<String> flags) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        boolean changed = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && i + 1 < n) {
                int close = tagEnd(s, i);
                if (close > 0) {
                    changed = true;
                    if (s.startsWith("<!--", i)) {
                        int end = s.indexOf("-->", i + 4);
                        i = end < 0 ? n : end + 3;
                        continue;
                    }
                    String name = tagName(s, i + 1, close);
                    boolean closing = s.charAt(i + 1) == '/';
                    i = close + 1;
                    if (!closing && SKIPPED_ELEMENTS.contains(name)) {
                        int end = indexOfIgnoreCase(s, "</" + name, i);
                        int gt = end < 0 ? -1 : s.indexOf('>', end);
                        i = gt < 0 ? n : gt + 1;
                    } else if (PARAGRAPH_TAGS.contains(name)) {
                        out.append("\n\n");
                    } else if (name.equals("br")) {
                        out.append('\n');
                    } else if (name.equals("td") || name.equals("th")) {
                        out.append(' ');
                    }
                    continue;
                }
            } else if (c == '&') {
                int end = entityEnd(s, i);
                if (end > 0) {
                    int decoded = decodeEntity(s.substring(i + 1, end));
                    if (decoded >= 0) {
                        out.appendCodePoint(decoded);
                        i = end + 1;
                        changed = true;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        if (changed) flags.add(HTML_STRIPPED);
        return out.toString();
    }

    /** Index of the '>' closing a tag opened at {@code lt}, or -1 when this '<' is not a tag. */
    private static int tagEnd(String s, int lt) {
        char next = s.charAt(lt + 1);
        if (!(isAsciiLetter(next) || next == '/' || next == '!' || next == '?')) return -1;
        if (next == '/' && (lt + 2 >= s.length() || !isAsciiLetter(s.charAt(lt + 2)))) return -1;
        int limit = Math.min(s.length(), lt + MAX_TAG_LENGTH);
        for (int j = lt + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == '>') return j;
            if (c == '<') return -1;
        }
        return -1;
    }

    private static String tagName(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == '/' || s.charAt(i) == '!' || s.charAt(i) == '?')) i++;
        int start = i;
        while (i < to && (isAsciiLetter(s.charAt(i)) || Character.isDigit(s.charAt(i)))) i++;
        return s.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** Index of the ';' ending an entity starting at {@code amp}, or -1. */
    private static int entityEnd(String s, int amp) {
        int limit = Math.min(s.length(), amp + 2 + MAX_ENTITY_LENGTH);
        for (int j = amp + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ';') return j > amp + 1 && decodeEntity(s.substring(amp + 1, j)) >= 0 ? j : -1;
            if (!(isAsciiLetter(c) || Character.isDigit(c) || (c == '#' && j == amp + 1))) return -1;
        }
        return -1;
    }

    /** The code point an entity body ("amp", "#8217", "#x2019") stands for, or -1 if it is not one. */
    private static int decodeEntity(String body) {
        if (body.startsWith("#")) {
            try {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Character c = ENTITIES.get(body);
        return c == null ? -1 : c;
    }

    /**
     * Drops C0 and C1 control characters and DEL (keeping tab, line feed, carriage return, form feed as a line
     * break) and replaces a lone surrogate with U+FFFD.
     */
    private static String removeControlCharacters(String s, Set<String> flags) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) out.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
                flags.add(INVALID_UTF8_REPLACED);
            } else if (c == '\f' || c == '\u000B') {
                replacement = "\n";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                replacement = "";
                flags.add(CONTROL_CHARS_REMOVED);
            }
            if (replacement != null && out == null) out = new StringBuilder(n).append(s, 0, i);
            if (out != null) {
                if (replacement != null) out.append(replacement);
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The first {@code max} characters, cut back to the last whitespace if there is one in the last tenth. */
    static String cut(String s, int max) {
        int end = max;
        if (Character.isLowSurrogate(s.charAt(end))) end--;
        int floor = max - max / 10;
        for (int i = end; i > floor; i--) {
            if (Character.isWhitespace(s.charAt(i - 1))) return s.substring(0, i - 1);
        }
        return s.substring(0, end);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int limit = s.length() - needle.length();
        for (int i = from; i <= limit; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }
}
