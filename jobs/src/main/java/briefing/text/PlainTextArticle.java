package briefing.text;

/**
 * An article read from a plain {@code .txt} file: an optional title line, then the body.
 *
 * @param title the heading line, or null when the file does not start with one
 * @param body  the article text, never null
 */
public record PlainTextArticle(String title, String body) {
    static final int MAX_TITLE_CHARS = 200;
    static final int MAX_TITLE_WORDS = 25;

    public PlainTextArticle {
        if (body == null) {
            throw new IllegalArgumentException("body must not be null");
        }
    }

    /**
     * Reads a {@code .txt} article. The first non-blank line is the title when it is a heading: at most
     * {@value #MAX_TITLE_CHARS} characters and {@value #MAX_TITLE_WORDS} words, not ending in sentence
     * punctuation ({@code . ! ? : ;} or an ellipsis, looked for before any closing quote), and followed by a blank
     * line and more text. Otherwise the title is null and the body is the whole text. A UTF-8 byte-order mark is
     * dropped, line ends become {@code \n}, and the body loses its surrounding blank lines and trailing spaces.
     */
    public static PlainTextArticle parse(String fileContent) {
        if (fileContent == null) {
            throw new IllegalArgumentException("fileContent must not be null");
        }
        String text = normalise(fileContent);
        int lineStart = skipBlankLines(text, 0);
        if (lineStart >= text.length()) {
            return new PlainTextArticle(null, "");
        }
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            return new PlainTextArticle(null, text.substring(lineStart).strip());
        }
        String firstLine = text.substring(lineStart, lineEnd).strip();
        int secondLineEnd = text.indexOf('\n', lineEnd + 1);
        String secondLine = text.substring(lineEnd + 1, secondLineEnd < 0 ? text.length() : secondLineEnd);
        int bodyStart = skipBlankLines(text, lineEnd + 1);
        boolean blankLineFollows = secondLine.isBlank() && bodyStart < text.length();
        if (blankLineFollows && isHeading(firstLine)) {
            return new PlainTextArticle(firstLine, text.substring(bodyStart).stripTrailing());
        }
        return new PlainTextArticle(null, text.substring(lineStart).stripTrailing());
    }

    private static String normalise(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    /** The start of the first line at or after {@code from} that has something other than whitespace. */
    private static int skipBlankLines(String text, int from) {
        int lineStart = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Punctuation.isSpace(c)) {
                return lineStart;
            }
        }
        return text.length();
    }

    static boolean isHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS || wordCount(line) > MAX_TITLE_WORDS) {
            return false;
        }
        int last = line.length() - 1;
        while (last >= 0 && Punctuation.isCloser(line.charAt(last))) {
            last--;
        }
        return last >= 0 && ".!?:;\u2026".indexOf(line.charAt(last)) < 0;
    }

    private static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Punctuation.isSpace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
