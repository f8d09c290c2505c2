package briefing.summary;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Marks#foundIn} answers as {@code String.contains} would for each mark. */
class MarksTest {
    static final List<String> MARKS = List.of("replay more videos", " via getty", "@", "©", "“quote", "a“b", "(c)");

    @Test
    void findsEachMarkAnywhereAsContainsDoes() {
        Marks marks = new Marks(MARKS);
        List<String> lines = List.of(
                "", "@", "x@", "replay more videos", "... replay more video", "Photo via getty images", "via getty",
                "© 2020 the wire", "a quote “quote it", "a“b", "a“", "(c) wire", "(c", "ⓒ plain text", "rePLAY more videos",
                "no mark in this line at all", "“ quote");
        for (String line : lines) {
            boolean expected = MARKS.stream().anyMatch(line::contains);
            assertEquals(expected, marks.foundIn(line), line);
        }
    }
}
