package briefing.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TermTableTest {
    @Test
    void aBigramsHashIsTheHashOfItsString() {
        String[][] pairs = {{"north", "korea"}, {"un", "security"}, {"a", "b"}, {"human", "rights"}, {"x", "abcdefghijklmnopqrstuvwxyz0123456789"}};
        for (String[] p : pairs) {
            int expected = (p[0] + " " + p[1]).hashCode();
            assertEquals(expected, TermTable.bigramHash(p[0].hashCode(), p[1].hashCode(), p[1].length()), p[0] + " " + p[1]);
        }
    }

    @Test
    void findsTermsAndBigramsBySpan() {
        TermTable table = new TermTable(new String[] {"sanctions", "north korea", "korea", "un"});
        String text = "xx north korea sanctions un";
        assertEquals(2, table.find(text, 9, 14, TermTable.hash(text, 9, 14)));
        assertEquals(0, table.find(text, 15, 24, TermTable.hash(text, 15, 24)));
        assertEquals(-1, table.find(text, 3, 8, TermTable.hash(text, 3, 8)), "north alone is not a term");
        int bigram = TermTable.bigramHash(TermTable.hash(text, 3, 8), TermTable.hash(text, 9, 14), 5);
        assertEquals(1, table.findBigram(text, 3, 8, 9, 14, bigram));
        int reversed = TermTable.bigramHash(TermTable.hash(text, 9, 14), TermTable.hash(text, 3, 8), 5);
        assertEquals(-1, table.findBigram(text, 9, 14, 3, 8, reversed));
    }

    @Test
    void findsATermSpeltInABuilder() {
        TermTable table = new TermTable(new String[] {"the", "für", "été", "und"});
        assertEquals(1, table.find(new StringBuilder("für")));
        assertEquals(2, table.find(new StringBuilder("ét").append('é')));
        assertEquals(-1, table.find(new StringBuilder("th")));
        assertEquals(-1, table.find(new StringBuilder("them")));
        assertEquals(-1, table.find(new StringBuilder()));
    }

    @Test
    void refusesAVocabularyWithARepeatedTerm() {
        assertThrows(IllegalArgumentException.class, () -> new TermTable(new String[] {"a", "b", "a"}));
    }
}
