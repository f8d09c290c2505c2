package briefing.training;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static LabelledArticle article(String id, String title, String text) {
        return new LabelledArticle(id, title, text, Set.of());
    }

    @Test
    void aRefiledStoryIsACopyAndADifferentStoryIsNot() {
        String story = "The foreign ministers of both countries met in Geneva on Tuesday to resume talks on the border "
                + "dispute, officials said, and agreed to meet again next month after a day of negotiations.";
        NearDuplicates labelled = new NearDuplicates(List.of(article("a", "Ministers meet", story),
                article("b", "Harvest", "Farmers expect a larger harvest this autumn after the rains in the north.")));
        assertEquals("a", labelled.copyOf(article("x", "MINISTERS MEET", story.replace(",", "") + " Updated.")));
        assertNull(labelled.copyOf(article("y", "Ministers meet", "The ministers of both countries disagreed about "
                + "everything on Tuesday and left Geneva without a date for new talks, officials said.")));
        assertEquals("b", labelled.copyOf(article("z", "Harvest", "Farmers expect a larger harvest this autumn after the rains in the north.")));
    }

    @Test
    void veryShortTextsAreComparedWhole() {
        NearDuplicates labelled = new NearDuplicates(List.of(article("a", null, "Talks resume")));
        assertEquals("a", labelled.copyOf(article("x", null, "talks RESUME")));
        assertNull(labelled.copyOf(article("y", null, "Talks stall")));
    }
}
