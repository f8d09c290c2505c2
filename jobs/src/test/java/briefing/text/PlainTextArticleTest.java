package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainTextArticleTest {
    @Test
    void headingFollowedByBlankLineIsTheTitle() {
        PlainTextArticle article = PlainTextArticle.parse("Bridge reopens after repairs\n\nThe bridge reopened.\n\nCars crossed.\n");
        assertEquals("Bridge reopens after repairs", article.title());
        assertEquals("The bridge reopened.\n\nCars crossed.", article.body());
    }

    @Test
    void titleMayEndInAClosingQuoteAndContainAColon() {
        PlainTextArticle article = PlainTextArticle.parse("Mayor on the flood: \u201cWe were not ready\u201d\n\nBody text.");
        assertEquals("Mayor on the flood: \u201cWe were not ready\u201d", article.title());
        assertEquals("Body text.", article.body());
    }

    @Test
    void firstLineEndingInSentencePunctuationIsNotATitle() {
        for (String first : new String[] {"The bridge reopened.", "Is it safe?", "He said:", "\u201cWe are ready.\u201d"}) {
            PlainTextArticle article = PlainTextArticle.parse(first + "\n\nMore text follows.");
            assertNull(article.title(), first);
            assertEquals(first + "\n\nMore text follows.", article.body());
        }
    }

    @Test
    void firstLineWithoutBlankLineAfterItIsNotATitle() {
        PlainTextArticle article = PlainTextArticle.parse("Bridge reopens\nafter repairs were finished.");
        assertNull(article.title());
        assertEquals("Bridge reopens\nafter repairs were finished.", article.body());
    }

    @Test
    void longFirstLineIsNotATitle() {
        String longLine = "word ".repeat(30).strip();
        PlainTextArticle article = PlainTextArticle.parse(longLine + "\n\nBody.");
        assertNull(article.title());
    }

    @Test
    void headingWithNothingAfterItIsNotATitle() {
        PlainTextArticle article = PlainTextArticle.parse("Only a heading\n\n   \n");
        assertNull(article.title());
        assertEquals("Only a heading", article.body());
    }

    @Test
    void stripsByteOrderMarkAndNormalisesLineEnds() {
        PlainTextArticle article = PlainTextArticle.parse("\uFEFF\r\nBridge reopens\r\n\r\nLine one\r\nline two\rline three\r\n");
        assertEquals("Bridge reopens", article.title());
        assertEquals("Line one\nline two\nline three", article.body());
    }

    @Test
    void emptyFileHasEmptyBody() {
        PlainTextArticle article = PlainTextArticle.parse("");
        assertNull(article.title());
        assertEquals("", article.body());
    }

    @Test
    void seedWithHeadingHasItsFirstLineAsTitle() throws IOException {
        String content = read(SharedData.require("seeds/004_5fa67d16d2672d94.txt"));
        String firstLine = content.lines().findFirst().orElseThrow().strip();

        PlainTextArticle article = PlainTextArticle.parse(content);

        assertEquals(firstLine, article.title());
        assertTrue(firstLine.endsWith("\u201D"), "the seed's title ends in a closing quote");
        assertTrue(!article.body().contains(firstLine), "the title is not repeated in the body");
    }

    @Test
    void seedWithoutHeadingHasNoTitle() throws IOException {
        String content = read(SharedData.require("seeds/000_155fc0326ecad81c.txt"));

        PlainTextArticle article = PlainTextArticle.parse(content);

        assertNull(article.title());
        assertEquals(content.strip(), article.body().strip());
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
