package briefing.summary;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DefiniteReferencesTest {
    private static final String[] ARTICLE = {
        "Leaders of the two harbour towns met on Friday to settle the ferry dispute.",
        "The ferry will run twice a day from June, the towns said.",
        "The leaders directed their negotiators to meet again in a month.",
        "The Senate of the northern town must still approve the timetable.",
        "The new timetable doubles the winter crossings.",
        "The weather delayed the talks by an hour.",
        "A ferry official from the northern town attended the talks.",
        "Fares will be cheaper in winter, the official said."
    };

    private static int[] antecedents(String title) {
        String[] lowers = new String[ARTICLE.length];
        for (int i = 0; i < ARTICLE.length; i++) lowers[i] = ARTICLE[i].toLowerCase(Locale.ROOT);
        return DefiniteReferences.antecedents(title, ARTICLE, lowers);
    }

    @Test
    void aDefiniteNounNeedsTheSentenceThatIntroducedIt() {
        int[] antecedents = antecedents("Harbour towns settle dispute");
        assertEquals(0, antecedents[1], "the ferry: the first sentence names it");
        assertEquals(0, antecedents[2], "the leaders: the first sentence names them");
        assertEquals(-1, antecedents[3], "a capitalised name is not a reference");
        assertEquals(3, antecedents[4], "the new timetable: the fourth sentence names it");
        assertEquals(-1, antecedents[5], "a first mention refers to nothing before");
        assertEquals(6, antecedents[7], "the official who speaks: the sentence before introduced them");
    }

    @Test
    void aNounTheTitleNamesIsKnown() {
        int[] antecedents = antecedents("Ferry leaders agree a timetable");
        assertEquals(-1, antecedents[1]);
        assertEquals(-1, antecedents[2]);
        assertEquals(-1, antecedents[4]);
    }
}
