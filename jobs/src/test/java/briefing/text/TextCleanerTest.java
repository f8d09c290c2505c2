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

    @Test
    void unclosedTagsAndHostileInputStayLinear() {
        String hostile = "<a".repeat(200_000) + "&#".repeat(100_000);
        long start = System.nanoTime();
        TextCleaner.Cleaned c = new TextCleaner(10_000_000).clean(hostile);
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "linear time");
        assertEquals(hostile.length(), c.text().length(), "a '<' without a '>' is text");
    }
}
