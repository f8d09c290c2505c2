package briefing.summary;

import briefing.text.TermTable;
import briefing.text.Terms;
import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers the distinct terms of one article's sentences, cut as {@link Terms#terms} cuts them (lower case, tokens of
 * two or more letters or numbers, stop words out, then neighbouring pairs), so that its sentence vectors are arrays
 * of small ints and each term's string is built once per article rather than once per occurrence. Tokens and bigrams
 * are looked up by their span of the sentence. Not thread-safe: one per article.
 */
final class ArticleTermIds {
    private static final int MIN_TOKEN_LENGTH = 2;

    private final TermTable stopWords;
    private String[] keys = new String[256];
    private int[] hashes = new int[256];
    private int[] slotIds = new int[256];
    private String[] terms = new String[128];
    private int size;

    ArticleTermIds(TermTable stopWords) {
        this.stopWords = stopWords;
    }

    /** The ids of the text's term occurrences: its words, then its bigrams, as {@link Terms#terms} lists them. */
    int[] ids(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int[] wordHashes = new int[16];
        int words = 0;
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && Terms.isWordChar(lower.codePointAt(i))) i += Character.charCount(lower.codePointAt(i));
            if (i - start >= MIN_TOKEN_LENGTH) {
                int hash = TermTable.hash(lower, start, i);
                if (stopWords.find(lower, start, i, hash) < 0) {
                    if (words == starts.length) {
                        starts = Arrays.copyOf(starts, words * 2);
                        ends = Arrays.copyOf(ends, words * 2);
                        wordHashes = Arrays.copyOf(wordHashes, words * 2);
                    }
                    starts[words] = start;
                    ends[words] = i;
                    wordHashes[words] = hash;
                    words++;
                }
            }
            while (i < n && !Terms.isWordChar(lower.codePointAt(i))) i += Character.charCount(lower.codePointAt(i));
        }
        int[] ids = new int[words == 0 ? 0 : 2 * words - 1];
        for (int w = 0; w < words; w++) ids[w] = id(lower, starts[w], ends[w], -1, -1, wordHashes[w]);
        for (int w = 0; w + 1 < words; w++) {
            int hash = TermTable.bigramHash(wordHashes[w], wordHashes[w + 1], ends[w + 1] - starts[w + 1]);
            ids[words + w] = id(lower, starts[w], ends[w], starts[w + 1], ends[w + 1], hash);
        }
        return ids;
    }

    String term(int id) {
        return terms[id];
    }

    /** The id of {@code s[aStart, aEnd)}, or of the bigram of it and {@code s[bStart, bEnd)} when bStart >= 0. */
    private int id(String s, int aStart, int aEnd, int bStart, int bEnd, int hash) {
        int lengthA = aEnd - aStart;
        int length = bStart < 0 ? lengthA : lengthA + 1 + (bEnd - bStart);
        int mask = keys.length - 1;
        int slot = (hash * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(keys.length));
        for (; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == length && key.regionMatches(0, s, aStart, lengthA)
                    && (bStart < 0 || key.charAt(lengthA) == ' ' && key.regionMatches(lengthA + 1, s, bStart, bEnd - bStart))) {
                return slotIds[slot];
            }
        }
        String term = bStart < 0 ? s.substring(aStart, aEnd) : s.substring(aStart, aEnd) + " " + s.substring(bStart, bEnd);
        if (size == terms.length) terms = Arrays.copyOf(terms, size * 2);
        terms[size] = term;
        keys[slot] = term;
        hashes[slot] = hash;
        slotIds[slot] = size;
        size++;
        if (size * 2 > keys.length) grow();
        return size - 1;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldIds = slotIds;
        keys = new String[oldKeys.length * 2];
        hashes = new int[keys.length];
        slotIds = new int[keys.length];
        int mask = keys.length - 1;
        int shift = 32 - Integer.numberOfTrailingZeros(keys.length);
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] == null) continue;
            int slot = (oldHashes[k] * 0x9E3779B1) >>> shift;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[k];
            hashes[slot] = oldHashes[k];
            slotIds[slot] = oldIds[k];
        }
    }
}
