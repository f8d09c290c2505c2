package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void lowerCasesAndSplitsOnPunctuation() {
        assertEquals(List.of("the", "ferry", "left", "at", "noon", "really"),
                Words.tokens("The ferry left -- at NOON! (Really?)"));
    }

    @Test
    void keepsInnerApostrophesAndHyphensAndDropsPossessives() {
        assertEquals(List.of("don't", "blame", "north-korean", "covid-19", "officials", "the", "city", "mayor"),
                Words.tokens("Don\u2019t blame North-Korean COVID-19 officials' - the city's mayor"));
    }

    @Test
    void keepsNumbersAndAcronymsWhole() {
        assertEquals(List.of("u.s", "output", "rose", "3.5", "pct", "to", "1,204", "tonnes", "e.g", "in", "may"),
                Words.tokens("U.S. output rose 3.5 pct to 1,204 tonnes, e.g. in May."));
    }

    @Test
    void keepsLettersBeyondAscii() {
        assertEquals(List.of("société", "générale", "zürich"), Words.tokens("Société Générale, Zürich"));
    }

    @Test
    void emptyInputGivesNoTokens() {
        assertTrue(Words.tokens("").isEmpty());
        assertTrue(Words.tokens(" ... ").isEmpty());
        assertTrue(Words.tokens(null).isEmpty());
    }

    @Test
    void stopWordsAreTheUsualEnglishOnes() {
        for (String word : List.of("the", "and", "of", "is", "don't", "would", "us")) {
            assertTrue(StopWords.contains(word), word);
        }
        for (String word : List.of("sanctions", "korea", "u.s", "The", "")) {
            assertFalse(StopWords.contains(word), word);
        }
        assertFalse(StopWords.contains(null));
    }
}
