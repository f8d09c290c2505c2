package briefing.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into paragraphs: at a blank line, or at a line break followed by an indent (newswire marks
 * paragraphs that way, as in Reuters). Each paragraph is trimmed; empty ones are dropped.
 */
public final class Paragraphs {
    private Paragraphs() {}

    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) return paragraphs;
        for (String part : text.replace("\r\n", "\n").split("\n[ \t]*\n|\n(?=[ \t]{2,}\\S)")) {
            String paragraph = part.strip();
            if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        }
        return paragraphs;
    }
}
