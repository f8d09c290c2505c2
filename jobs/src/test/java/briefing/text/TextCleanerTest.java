package briefing.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner(1000);

    @Test
    void plainTextIsLeftAlone() {
        TextCleaner.Cleaned c = cleaner.clean("Envoys met in Geneva. Prices rose 3 < 4 & more.");
        assertEquals("Envoys met in Geneva. Prices rose 3 < 4 & more.", c.text());
        assertEquals(Set.of(), c.flags());
    }

    @Test
    void markupAndEntitiesBecomeText() {
        TextCleaner.Cleaned c = cleaner.clean("<div><p>The minister &amp; the envoy met.</p><p>They agreed&nbsp;to talk &#8212; again &#x2019;</p>"
                + "<script>var x = '<p>no</p>';</script><!-- a comment --><style>p {}</style><b>Bold</b> words.</div>");
        assertEquals(Set.of(TextCleaner.HTML_STRIPPED), c.flags());
        assertFalse(c.text().contains("<"), c.text());
        assertFalse(c.text().contains("var x"), c.text());
        assertTrue(c.text().contains("The minister & the envoy met.\n\n"), c.text());
        assertTrue(c.text().contains("They agreed\u00A0to talk \u2014 again \u2019"), c.text());
        assertTrue(c.text().contains("Bold words."), c.text());
        assertEquals(2, new SentenceSplitter().split(c.text()).size() - 1, c.text());
    }

    @Test
    void controlCharactersAndNulAreRemovedAndLoneSurrogatesReplaced() {
        TextCleaner.Cleaned c = cleaner.clean("Talks\u0000 resumed\u0007 on\u0085 Monday.\tThen \uD800more.");
        assertEquals("Talks resumed on Monday.\tThen \uFFFDmore.", c.text());
        assertEquals(Set.of(TextCleaner.CONTROL_CHARS_REMOVED, TextCleaner.INVALID_UTF8_REPLACED), c.flags());
        assertEquals("\uD83D\uDE00 ok", cleaner.clean("\uD83D\uDE00 ok").text(), "a surrogate pair is kept");
    }

    @Test
    void longTextIsCutAtAWordBoundary() {
        String text = "word ".repeat(500);
        TextCleaner.Cleaned c = cleaner.clean(text);
        assertTrue(c.text().length() <= 1000);
        assertTrue(c.text().endsWith("word"), c.text().substring(c.text().length() - 10));
        assertEquals(Set.of(TextCleaner.TRUNCATED), c.flags());
        assertEquals(1000, cleaner.clean("x".repeat(5000)).text().length(), "no space: cut at the limit");
    }

    /**
     * Pathological markup: hundreds of thousands of unclosed tags and entities. What the cleaner makes of it is checked
     * exactly; how fast it does so is a benchmark's business, not a unit test's (the search for a closing '>' or ';' is
     * bounded, so the work is linear in the input).
     */
    @Test
    void unclosedTagsAndEntitiesStayText() {
        TextCleaner large = new TextCleaner(10_000_000);
        String unclosed = "<a".repeat(200_000) + "&#".repeat(100_000);
        TextCleaner.Cleaned c = large.clean(unclosed);
        assertEquals(unclosed, c.text(), "a '<' without a '>', and '&#' without a number, are text");
        assertEquals(Set.of(), c.flags());

        TextCleaner.Cleaned closedAtTheEnd = large.clean("<a".repeat(200_000) + "> Talks resumed.");
        assertEquals("<a".repeat(199_999) + " Talks resumed.", closedAtTheEnd.text(), "only the last '<a' opens a tag, the one '>' closes");
        assertEquals(Set.of(TextCleaner.HTML_STRIPPED), closedAtTheEnd.flags());

        String badEntities = "&#9999999999999999;".repeat(50_000) + "&amp".repeat(50_000);
        TextCleaner.Cleaned e = large.clean(badEntities);
        assertEquals(badEntities, e.text(), "an entity out of range, or without its ';', is text");
        assertEquals(Set.of(), e.flags());
    }
}
