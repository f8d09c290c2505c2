package briefing.text;

/** Character classes the sentence splitter works with. */
public final class Punctuation {
    private Punctuation() {
    }

    /** Characters that can end a sentence: . ! ? and the ellipsis character. */
    public static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** Closing quotes and brackets that belong to the sentence they follow: {@code "no."} or {@code (see below.)} */
    public static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', '\u201D', '\u2019', ')', ']', '}', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    /** Opening quotes and brackets that may come before the first word of a sentence. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u2018', '(', '[', '{', '\u00AB', '\u2039', '\u00BF', '\u00A1' -> true;
            default -> false;
        };
    }

    /** Whitespace, including the no-break spaces Java's {@link Character#isWhitespace} leaves out. */
    static boolean isSpace(char c) {
        if (c < 128) {
            // What the two tests below give for ASCII: the space, tab to carriage return, and the four separators.
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Invisible characters dropped from sentence text: byte-order mark, zero-width space, soft hyphen. */
    static boolean isIgnorable(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u00AD';
    }
}
