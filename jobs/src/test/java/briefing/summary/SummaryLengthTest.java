package briefing.summary;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SummaryLengthTest {
    @Test
    void defaultsToThreeSentences() {
        SummaryLength none = new SummaryLength(null, null, null);
        assertEquals(3, none.sentenceLimit(20));
        assertEquals(SummaryLength.DEFAULT, none);
    }

    @Test
    void ratioRoundsUpAndKeepsOneSentence() {
        assertEquals(5, SummaryLength.ratio(0.45).sentenceLimit(10));
        assertEquals(1, SummaryLength.ratio(0.01).sentenceLimit(3));
    }

    @Test
    void theTightestLimitWins() {
        SummaryLength both = new SummaryLength(4, null, 0.5);
        assertEquals(2, both.sentenceLimit(4));
        assertEquals(4, both.sentenceLimit(20));
        SummaryLength words = new SummaryLength(4, 30, null);
        assertTrue(words.fits(1, 10, 20, 20));
        assertFalse(words.fits(1, 10, 21, 20), "31 words would overflow");
        assertFalse(words.fits(4, 10, 1, 20), "sentence limit");
    }

    @Test
    void theFirstSentenceFitsWhateverItsLength() {
        assertTrue(SummaryLength.words(5).fits(0, 0, 40, 10));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(0));
        assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(1.5));
        assertThrows(IllegalArgumentException.class, () -> SummaryLength.words(0));
    }
}
