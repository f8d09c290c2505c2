package briefing.text;

import java.util.Arrays;

/**
 * The words of a lower-cased text as the vectoriser's tokenizer cuts them (runs of {@link Terms#isWordChar}
 * characters, at least a minimum length in UTF-16 units, as Spark counts), less those a filter drops (stop words),
 * kept as spans with the hash {@link String#hashCode} would give them: a {@link TermTable} finds a word or a pair of
 * neighbouring words from these without a string being built.
 */
public final class WordSpans {
    /** Whether a span is left out; {@code ascii} tells whether all its characters are ASCII. */
    public interface Drop {
        boolean test(String text, int start, int end, int hash, boolean ascii);
    }

    public static final Drop NONE = (text, start, end, hash, ascii) -> false;

    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] hashes = new int[32];
    private int size;

    private WordSpans() {}

    public static WordSpans of(String lower, int minLength, Drop drop) {
        WordSpans words = new WordSpans();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (c < 128 ? !ASCII_WORD_CHAR[c] : !Terms.isWordChar(lower.codePointAt(i))) {
                i += c < 128 ? 1 : Character.charCount(lower.codePointAt(i));
                continue;
            }
            // One pass over the word: its end, whether it is ASCII, and the hash String.hashCode would give.
            int start = i;
            int hash = 0;
            boolean ascii = true;
            while (i < n) {
                char ch = lower.charAt(i);
                if (ch < 128) {
                    if (!ASCII_WORD_CHAR[ch]) break;
                    hash = 31 * hash + ch;
                    i++;
                } else {
                    int codePoint = lower.codePointAt(i);
                    if (!Terms.isWordChar(codePoint)) break;
                    ascii = false;
                    hash = 31 * hash + ch;
                    if (Character.charCount(codePoint) == 2) hash = 31 * hash + lower.charAt(i + 1);
                    i += Character.charCount(codePoint);
                }
            }
            if (i - start >= minLength && !drop.test(lower, start, i, hash, ascii)) words.add(start, i, hash);
        }
        return words;
    }

    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];
    static {
        for (int c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = Terms.isWordChar(c);
    }

    private void add(int start, int end, int hash) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        hashes[size] = hash;
        size++;
    }

    public int size() { return size; }
    public int start(int i) { return starts[i]; }
    public int end(int i) { return ends[i]; }
    public int hash(int i) { return hashes[i]; }

    /** The hash of word i, a space and word i + 1. */
    public int bigramHash(int i) {
        return TermTable.bigramHash(hashes[i], hashes[i + 1], ends[i + 1] - starts[i + 1]);
    }
}
