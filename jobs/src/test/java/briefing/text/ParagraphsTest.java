package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void blankLinesAndIndentedLinesStartParagraphs() {
        assertEquals(List.of("One line\nwrapped.", "Two.", "Three, indented\nand wrapped."),
                Paragraphs.split("One line\nwrapped.\n\nTwo.\n    Three, indented\nand wrapped.\n"));
    }

    @Test
    void nothingGivesNoParagraphs() {
        assertEquals(List.of(), Paragraphs.split("  \n\n "));
        assertEquals(List.of(), Paragraphs.split(null));
    }
}
