package briefing.text;

/**
 * Reads the line structure of a text and flattens it for sentence scanning: every run of whitespace becomes one
 * space, except the line breaks that always end a sentence, which become a single {@code '\n'}.
 *
 * <p>A line break ends a sentence when it starts a paragraph (a blank line), when the next line is indented
 * deeper or starts with a bullet or a byline (newswire paragraphs, table rows, lists), when the line before it
 * stands alone (a heading, byline, dateline or image credit), or when a short sign-off line follows a finished
 * sentence ("REUTER"), and in a text that is not hard-wrapped when the line ends as an author ends one
 * ({@code endsUnwrappedLine}). Any other single line break is a newswire hard wrap inside a sentence and reads as a
 * space. The thresholds below come from Reuters-21578, whose lines wrap at 60 to 75 characters and whose
 * first lines are short because the dateline was cut off.
 */
final class LineBreaks {
    /** Longer lines are prose wrapped at the wire's width (Reuters wraps at about 70), not headings. */
    private static final int MAX_STANDALONE_LENGTH = 60;
    /** A line in sentence case this long is more likely the start of a wrapped sentence than a heading. */
    private static final int MAX_SENTENCE_CASE_STANDALONE_LENGTH = 40;
    private static final int MIN_PARAGRAPH_INDENT = 2;
    private static final int WRAPPED_LINE_MIN = 40;
    private static final int WRAPPED_LINE_MAX = 80;
    /** A line this long is a whole paragraph, not a wire's hard wrap: the text is not hard-wrapped. */
    private static final int UNWRAPPED_LINE_MIN = 2 * WRAPPED_LINE_MAX;

    private LineBreaks() {
    }

    static String flatten(String text) {
        Lines lines = Lines.of(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean breakBefore = false;
        for (int i = 0; i < lines.count; i++) {
            if (lines.isBlank(i)) {
                breakBefore = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(breakBefore ? '\n' : ' ');
            }
            appendCollapsed(out, text, lines.start[i], lines.end[i]);
            boolean startsBlock = i == 0 || breakBefore;
            breakBefore = i + 1 >= lines.count || lines.isBlank(i + 1) || endsSentence(text, lines, i, startsBlock);
        }
        return out.toString();
    }

    /**
     * Whether the single line break after line {@code i} (followed by a non-blank line) ends a sentence.
     *
     * @param startsBlock whether line {@code i} itself starts after a sentence-ending break; a line read as
     *                    the continuation of the line before it cannot be a heading
     */
    private static boolean endsSentence(String text, Lines lines, int i, boolean startsBlock) {
        int next = i + 1;
        if (startsWithBullet(text, lines.start[next], lines.end[next])) {
            return true;
        }
        // After a long, wrapped line "by ..." goes on with the sentence ("... a similar move / by National ...").
        if (isByline(text, lines, next) && lines.length(i) < WRAPPED_LINE_MIN) {
            return true;
        }
        // One stray space is wire noise (" price."); a paragraph indent is deeper and starts a new sentence.
        if (lines.indent[next] >= lines.indent[i] + MIN_PARAGRAPH_INDENT
                && !Character.isLowerCase(firstSignificantChar(text, lines.start[next], lines.end[next]))) {
            return true;
        }
        return startsBlock && standsAlone(text, lines, i) || isSignOff(text, lines, i)
                || lines.unwrapped && endsUnwrappedLine(text, lines, i);
    }

    /**
     * In a text whose lines are not hard-wrapped (a web page: one paragraph a line), a line break is the end of a
     * line the author ended, so a title, deck or caption line without closing punctuation is not run into the
     * sentence below it ("Senate passes the bill" / "The Senate voted ..."). Only a line that visibly goes on
     * (a trailing comma or dash, a last word like "the") or a next line in lower case continues the sentence.
     */
    private static boolean endsUnwrappedLine(String text, Lines lines, int i) {
        int end = lines.end[i];
        if (",;-\u2013\u2014(&/+".indexOf(text.charAt(end - 1)) >= 0 || StopWords.contains(lastWord(text, lines.start[i], end))) {
            return false;
        }
        char first = firstSignificantChar(text, lines.start[i + 1], lines.end[i + 1]);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /** A sentence ends on this line and a short last line follows: a sign-off or credit ("REUTER"). */
    private static boolean isSignOff(String text, Lines lines, int i) {
        int next = i + 1;
        boolean nextEndsParagraph = next + 1 >= lines.count || lines.isBlank(next + 1);
        return nextEndsParagraph
                && endsWithTerminalPunctuation(text, lines.start[i], lines.end[i])
                && lines.length(next) <= MAX_SENTENCE_CASE_STANDALONE_LENGTH
                && !endsWithTerminalPunctuation(text, lines.start[next], lines.end[next])
                && Character.isUpperCase(firstSignificantChar(text, lines.start[next], lines.end[next]));
    }

    private static boolean standsAlone(String text, Lines lines, int i) {
        int start = lines.start[i];
        int end = lines.end[i];
        int length = end - start;
        if (length > MAX_STANDALONE_LENGTH || endsWithTerminalPunctuation(text, start, end)) {
            return false;
        }
        if (length > MAX_SENTENCE_CASE_STANDALONE_LENGTH && !TitleCase.isTitleLike(text, start, end)) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (",;:-\u2013\u2014(&/+".indexOf(last) >= 0) {
            return false;
        }
        if (StopWords.contains(lastWord(text, start, end))) {
            return false;
        }
        int next = i + 1;
        if (Character.isLowerCase(firstSignificantChar(text, lines.start[next], lines.end[next]))) {
            return false;
        }
        // Before a hard-wrapped paragraph a short first line is nearly always the wire's lead with its
        // dateline cut off ("Canadian Trade Minister Pat" / "Carney said ..."); only a byline stands alone there.
        boolean nextIsWrappedProse = next + 1 < lines.count && !lines.isBlank(next + 1)
                && lines.length(next) >= WRAPPED_LINE_MIN && lines.length(next) <= WRAPPED_LINE_MAX;
        return !nextIsWrappedProse || isByline(text, lines, i);
    }

    /** "by Maria Jensen" on a line of its own, which starts with a lower-case letter but no continuation. */
    private static boolean isByline(String text, Lines lines, int i) {
        int start = lines.start[i];
        int end = lines.end[i];
        return lines.length(i) <= MAX_STANDALONE_LENGTH
                && start + 3 < end && Character.isUpperCase(text.charAt(start + 3))
                && !endsWithTerminalPunctuation(text, start, end)
                && TitleCase.isByline(text, start, end);
    }

    private static boolean endsWithTerminalPunctuation(String text, int start, int end) {
        int i = end - 1;
        while (i >= start && Punctuation.isCloser(text.charAt(i))) {
            i--;
        }
        return i >= start && Punctuation.isTerminal(text.charAt(i));
    }

    /** The last space-separated word of a line, lower-cased ("8:15am", not "am"). */
    private static String lastWord(String text, int start, int end) {
        int wordStart = end;
        while (wordStart > start && !Punctuation.isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The first character of a line after any opening quotes or brackets. */
    private static char firstSignificantChar(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Punctuation.isOpener(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static boolean startsWithBullet(String text, int start, int end) {
        char c = text.charAt(start);
        if (c == '\u2022' || c == '\u25AA' || c == '\u25E6' || c == '\u00B7') {
            return true;
        }
        return (c == '*' || c == '-' || c == '\u2013' || c == '\u2014')
                && start + 1 < end && text.charAt(start + 1) == ' ';
    }

    private static void appendCollapsed(StringBuilder out, String text, int start, int end) {
        boolean inSpace = false;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Punctuation.isIgnorable(c)) {
                i++;
                continue;
            }
            if (Punctuation.isSpace(c)) {
                inSpace = true;
                i++;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            int run = i + 1;
            while (run < end && !Punctuation.isSpace(text.charAt(run)) && !Punctuation.isIgnorable(text.charAt(run))) run++;
            out.append(text, i, run);
            i = run;
        }
    }

    /**
     * The lines of a text as trimmed [start, end) ranges, with their indentation. Line ends are \n, \r\n, \r
     * and U+2028; U+2029 (paragraph separator) counts as a blank line.
     */
    private static final class Lines {
        int count;
        int[] start = new int[16];
        int[] end = new int[16];
        int[] indent = new int[16];
        /** Whether some line is longer than any hard-wrapped one ({@link #UNWRAPPED_LINE_MIN}). */
        boolean unwrapped;

        static Lines of(String text) {
            Lines lines = new Lines();
            int n = text.length();
            int lineStart = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? text.charAt(i) : '\n';
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    lines.add(text, lineStart, i);
                    if (c == '\u2029') {
                        lines.add(text, i, i);
                    }
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    lineStart = i + 1;
                }
            }
            return lines;
        }

        private void add(String text, int from, int to) {
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
                indent = java.util.Arrays.copyOf(indent, count * 2);
            }
            int s = from;
            int columns = 0;
            while (s < to && (Punctuation.isSpace(text.charAt(s)) || Punctuation.isIgnorable(text.charAt(s)))) {
                columns += text.charAt(s) == '\t' ? 4 : 1;
                s++;
            }
            int e = to;
            while (e > s && (Punctuation.isSpace(text.charAt(e - 1)) || Punctuation.isIgnorable(text.charAt(e - 1)))) {
                e--;
            }
            start[count] = s;
            end[count] = e;
            indent[count] = columns;
            unwrapped |= e - s >= UNWRAPPED_LINE_MIN;
            count++;
        }

        boolean isBlank(int i) {
            return start[i] >= end[i];
        }

        int length(int i) {
            return end[i] - start[i];
        }
    }
}
