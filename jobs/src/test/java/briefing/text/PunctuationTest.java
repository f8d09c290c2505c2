package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PunctuationTest {
    @Test
    void theAsciiShortcutForSpacesAgreesWithCharacter() {
        for (char c = 0; c < 0x3000 + 1; c++) {
            boolean expected = c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertEquals(expected, Punctuation.isSpace(c), "U+" + Integer.toHexString(c));
        }
    }
}
