package briefing.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentences in one left-to-right pass (no regular expressions), so it is safe to run over
 * millions of articles. Stateless and thread-safe.
 *
 * <p>Line structure first ({@link LineBreaks}): a blank line, or a line that stands alone (heading, byline,
 * dateline, image credit), always ends a sentence; a single line break inside a paragraph is a newswire hard
 * wrap and reads as a space. Then, within the flattened text, a sentence ends after {@code . ! ?} or an
 * ellipsis, with any closing quotes or brackets, when whitespace follows and the next word does not start
 * with a lower-case letter. A period after an abbreviation ends a sentence only as {@link Abbreviations}
 * allows: never after a title (Mr., Gen.), not before a number after Jan. or No., and after U.S., Inc. or an
 * initial only when a usual sentence opener (The, He, It ...) follows.
 *
 * <p>Before all that, The Hill's link hover text comes out of the text ({@link LinkHoverText}): the headlines of other
 * articles inside a sentence are neither part of it nor the end of one.
 */
public final class SentenceSplitter {
    /** Longest word looked at before a period; longer ones are not abbreviations. */
    private static final int MAX_WORD_LOOKBACK = 32;

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        String flat = LineBreaks.flatten(LinkHoverText.strip(text));
        int n = flat.length();
        int sentenceStart = 0;
        int i = 0;
        while (i < n) {
            char c = flat.charAt(i);
            if (c == '\n') {
                add(sentences, flat, sentenceStart, i);
                sentenceStart = i + 1;
                i++;
                continue;
            }
            if (!Punctuation.isTerminal(c)) {
                i++;
                continue;
            }
            int runEnd = endOfTerminalRun(flat, i);
            int afterClosers = runEnd;
            while (afterClosers < n && Punctuation.isCloser(flat.charAt(afterClosers))) {
                afterClosers++;
            }
            // Only a space can be a boundary here; "3.5", "U.S.," and "end.\n" are left to the loop.
            if (afterClosers < n && flat.charAt(afterClosers) == ' '
                    && endsSentence(flat, i, runEnd, afterClosers + 1)) {
                add(sentences, flat, sentenceStart, afterClosers);
                sentenceStart = afterClosers + 1;
            }
            i = afterClosers;
        }
        add(sentences, flat, sentenceStart, n);
        return sentences;
    }

    /**
     * End of a run of terminal marks starting at {@code i}: "?!", "...", and spaced dots as in ". . ." or a
     * stray "word. . Next", which stay with the sentence they follow.
     */
    private static int endOfTerminalRun(String flat, int i) {
        int n = flat.length();
        int j = i + 1;
        while (true) {
            while (j < n && Punctuation.isTerminal(flat.charAt(j))) {
                j++;
            }
            if (j + 1 < n && flat.charAt(j) == ' ' && flat.charAt(j + 1) == '.') {
                j += 2;
                continue;
            }
            return j;
        }
    }

    /**
     * @param runStart  the first terminal mark
     * @param runEnd    just after the last terminal mark
     * @param nextStart where the text after the space begins
     */
    private static boolean endsSentence(String flat, int runStart, int runEnd, int nextStart) {
        int n = flat.length();
        int wordStart = nextStart;
        while (wordStart < n && Punctuation.isOpener(flat.charAt(wordStart))) {
            wordStart++;
        }
        if (wordStart >= n || flat.charAt(wordStart) == '\n') {
            return true;
        }
        if (Character.isLowerCase(flat.charAt(wordStart))) {
            return false;
        }
        boolean singlePeriod = runEnd == runStart + 1 && flat.charAt(runStart) == '.';
        if (!singlePeriod) {
            return true;
        }
        // A dateline's abbreviated state before the wire's tag or its dash: "SELMA, Ala. (AP) — John Lewis saw ...",
        // "KALAMAZOO, Mich. – U.S. Immigration ..." (a full word before ". — " may end a sentence: "... Friday. — The").
        if (flat.startsWith("(AP)", nextStart) || flat.startsWith("(Reuters)", nextStart)
                || opensWithDash(flat, nextStart) && isStateAbbreviation(wordBefore(flat, runStart))) {
            return false;
        }
        return Abbreviations.periodEndsSentence(wordBefore(flat, runStart), flat, wordStart);
    }

    /** "Mich", "Calif", "Ala", "Mo", "D.C": a capitalised word of at most 5 characters before a dateline's dash. */
    private static boolean isStateAbbreviation(String word) {
        return !word.isEmpty() && word.length() <= 5 && Character.isUpperCase(word.charAt(0));
    }

    private static boolean opensWithDash(String flat, int at) {
        if (at + 1 >= flat.length() || flat.charAt(at + 1) != ' ') return false;
        char c = flat.charAt(at);
        return c == '—' || c == '–' || c == '-';
    }

    /** The word just before a period, without opening quotes or brackets ("(U.S." gives "U.S"). */
    private static String wordBefore(String flat, int period) {
        int start = period;
        int limit = Math.max(0, period - MAX_WORD_LOOKBACK);
        while (start > limit && !isWordBoundary(flat.charAt(start - 1))) {
            start--;
        }
        if (start == limit && limit > 0 && !isWordBoundary(flat.charAt(start - 1))) {
            return "";
        }
        while (start < period && Punctuation.isOpener(flat.charAt(start))) {
            start++;
        }
        return flat.substring(start, period);
    }

    private static boolean isWordBoundary(char c) {
        return c == ' ' || c == '\n';
    }

    private static void add(List<Sentence> sentences, String flat, int start, int end) {
        while (start < end && flat.charAt(start) == ' ') {
            start++;
        }
        while (end > start && flat.charAt(end - 1) == ' ') {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(sentences.size(), flat.substring(start, end)));
        }
    }
}
