package briefing.summary;

import briefing.text.TermTable;
import briefing.text.Terms;
import briefing.text.WordSpans;
import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers the distinct terms of one article's sentences, cut as {@link Terms#terms} cuts them (lower case, tokens of
 * two or more letters or numbers, stop words out, then neighbouring pairs), so that its sentence vectors are arrays
 * of small ints. Tokens and bigrams are looked up by their span of the sentence, and a term is kept as the span where
 * it first occurred: its string is only built if someone asks for it (scoring never does). Not thread-safe: one per
 * article.
 */
final class ArticleTermIds {
    private static final int MIN_TOKEN_LENGTH = 2;

    private final TermTable stopWords;
    /** Open addressing: slot to term id + 1 (0 is empty), and the term's hash. */
    private int[] slots;
    private int[] slotHashes;
    /** Per term id: the lower-cased text it first occurred in, the span of its word (and of its second word, or -1). */
    private String[] sources;
    private int[] spans;
    private String[] terms;
    private int size;

    /** @param expectedTerms how many distinct terms to make room for at first (the table grows past it) */
    ArticleTermIds(TermTable stopWords, int expectedTerms) {
        this.stopWords = stopWords;
        int capacity = Integer.highestOneBit(Math.max(32, expectedTerms) * 2 - 1);
        slots = new int[capacity * 2];
        slotHashes = new int[capacity * 2];
        sources = new String[capacity];
        spans = new int[capacity * 4];
        terms = new String[capacity];
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

    /** How many distinct terms have been numbered: every id is below it. */
    int size() {
        return size;
    }

    String term(int id) {
        String term = terms[id];
        if (term == null) {
            String source = sources[id];
            int aStart = spans[4 * id];
            int aEnd = spans[4 * id + 1];
            int bStart = spans[4 * id + 2];
            term = bStart < 0 ? source.substring(aStart, aEnd) : source.substring(aStart, aEnd) + " " + source.substring(bStart, spans[4 * id + 3]);
            terms[id] = term;
        }
        return term;
    }

    /** The id of {@code s[aStart, aEnd)}, or of the bigram of it and {@code s[bStart, bEnd)} when bStart >= 0. */
    private int id(String s, int aStart, int aEnd, int bStart, int bEnd, int hash) {
        int mask = slots.length - 1;
        int slot = (hash * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(slots.length));
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slotHashes[slot] == hash && sameTerm(slots[slot] - 1, s, aStart, aEnd, bStart, bEnd)) {
                return slots[slot] - 1;
            }
        }
        if (size == sources.length) {
            sources = Arrays.copyOf(sources, size * 2);
            spans = Arrays.copyOf(spans, size * 8);
            terms = Arrays.copyOf(terms, size * 2);
        }
        sources[size] = s;
        spans[4 * size] = aStart;
        spans[4 * size + 1] = aEnd;
        spans[4 * size + 2] = bStart;
        spans[4 * size + 3] = bEnd;
        slots[slot] = size + 1;
        slotHashes[slot] = hash;
        size++;
        if (size * 2 > slots.length) grow();
        return size - 1;
    }

    private boolean sameTerm(int id, String s, int aStart, int aEnd, int bStart, int bEnd) {
        int keyAStart = spans[4 * id];
        int keyAEnd = spans[4 * id + 1];
        int keyBStart = spans[4 * id + 2];
        int keyBEnd = spans[4 * id + 3];
        if ((keyBStart < 0) != (bStart < 0) || keyAEnd - keyAStart != aEnd - aStart || keyBEnd - keyBStart != bEnd - bStart) {
            return false;
        }
        String source = sources[id];
        return source.regionMatches(keyAStart, s, aStart, aEnd - aStart)
                && (bStart < 0 || source.regionMatches(keyBStart, s, bStart, bEnd - bStart));
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[slots.length];
        int mask = slots.length - 1;
        int shift = 32 - Integer.numberOfTrailingZeros(slots.length);
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] == 0) continue;
            int slot = (oldHashes[k] * 0x9E3779B1) >>> shift;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = oldSlots[k];
            slotHashes[slot] = oldHashes[k];
        }
    }
}
