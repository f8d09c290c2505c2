package briefing.text;

/**
 * A fixed set of terms (a vocabulary, stop words), looked up by a span of characters rather than by a String, so the vectoriser finds a
 * token's or a bigram's term id without building the string first. Open addressing with linear probing, keyed by
 * {@link String#hashCode()}'s own formula computed over the span.
 */
public final class TermTable {
    private final String[] keys;
    private final int[] hashes;
    private final int[] ids;
    private final int mask;
    private final int shift;

    public TermTable(String[] terms) {
        int capacity = Integer.highestOneBit(Math.max(4, terms.length * 3)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int id = 0; id < terms.length; id++) {
            int h = terms[id].hashCode();
            int slot = slot(h);
            while (keys[slot] != null) {
                if (keys[slot].equals(terms[id])) throw new IllegalArgumentException("the vocabulary holds '" + terms[id] + "' twice");
                slot = (slot + 1) & mask;
            }
            keys[slot] = terms[id];
            hashes[slot] = h;
            ids[slot] = id;
        }
    }

    /** The hash {@code s.substring(start, end).hashCode()} would give. */
    public static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** The hash of {@code a + " " + b} from the hashes of a and b: the hash of {@code a + " "}, shifted past b. */
    public static int bigramHash(int hashA, int hashB, int lengthB) {
        return (hashA * 31 + ' ') * powerOf31(lengthB) + hashB;
    }

    private static final int[] POWERS_OF_31 = new int[64];
    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
    }

    private static int powerOf31(int exponent) {
        if (exponent < POWERS_OF_31.length) return POWERS_OF_31[exponent];
        int power = 1;
        for (int i = 0; i < exponent; i++) power *= 31;
        return power;
    }

    /** The id of the term {@code s[start, end)}, or -1. */
    public int find(String s, int start, int end, int hash) {
        int length = end - start;
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == length && key.regionMatches(0, s, start, length)) return ids[slot];
        }
        return -1;
    }

    /** The id of the term spelt by these characters (a token being built, say), or -1. */
    public int find(CharSequence chars) {
        int hash = 0;
        for (int i = 0; i < chars.length(); i++) hash = 31 * hash + chars.charAt(i);
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].contentEquals(chars)) return ids[slot];
        }
        return -1;
    }

    /** The id of the bigram {@code s[aStart, aEnd) + " " + s[bStart, bEnd)}, or -1. */
    public int findBigram(String s, int aStart, int aEnd, int bStart, int bEnd, int hash) {
        int lengthA = aEnd - aStart;
        int lengthB = bEnd - bStart;
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == lengthA + 1 + lengthB && key.charAt(lengthA) == ' '
                    && key.regionMatches(0, s, aStart, lengthA) && key.regionMatches(lengthA + 1, s, bStart, lengthB)) {
                return ids[slot];
            }
        }
        return -1;
    }

    /** Fibonacci hashing: the top bits of the product, so similar hashes land far apart. */
    private int slot(int h) {
        return (h * 0x9E3779B1) >>> shift;
    }
}
