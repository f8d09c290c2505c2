package briefing.summary;

import briefing.text.TermTable;
import briefing.text.Terms;
import briefing.text.WordSpans;
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
    private String[] keys;
    private int[] hashes;
    private int[] slotIds;
    private String[] terms;
    private int size;

    /** @param expectedTerms how many distinct terms to make room for at first (the table grows past it) */
    ArticleTermIds(TermTable stopWords, int expectedTerms) {
        this.stopWords = stopWords;
        int slots = Integer.highestOneBit(Math.max(64, expectedTerms) * 2 - 1) * 2;
        keys = new String[slots];
        hashes = new int[slots];
        slotIds = new int[slots];
        terms = new String[slots / 2];
    }

    /** The ids of the text's term occurrences: its words, then its bigrams, as {@link Terms#terms} lists them. */
    int[] ids(String text) {
        return idsOfLower(text.toLowerCase(Locale.ROOT));
    }

    /** The same, given the text lower-cased in {@link Locale#ROOT} already. */
    int[] idsOfLower(String lower) {
        WordSpans words = WordSpans.of(lower, MIN_TOKEN_LENGTH, (s, start, end, hash, ascii) -> stopWords.find(s, start, end, hash) >= 0);
        int n = words.size();
        int[] ids = new int[n == 0 ? 0 : 2 * n - 1];
        for (int w = 0; w < n; w++) ids[w] = id(lower, words.start(w), words.end(w), -1, -1, words.hash(w));
        for (int w = 0; w + 1 < n; w++) {
            ids[n + w] = id(lower, words.start(w), words.end(w), words.start(w + 1), words.end(w + 1), words.bigramHash(w));
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
