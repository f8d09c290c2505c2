package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceFilterTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "The council voted on Tuesday to close the old bridge.",
        "\u201cWe will rebuild it,\u201d the mayor told reporters.",
        "By Friday, the river had fallen below the warning level.",
        "Exports rose 4.5 pct in March from a year earlier.",
        "A Reuters/Ipsos poll found most voters undecided.",
        "He arrived on Monday at 5 pm with two advisers.",
        "The club told its website www.example.org: \"We are delighted.\""
    })
    void acceptsProse(String sentence) {
        assertTrue(SentenceFilter.isSummaryWorthy(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "by Maria Jensen",
        "By Maria Jensen and Tom Okafor, Harbour News Service",
        "Getty Images",
        "Cover image: Ferries wait in the harbour at dawn on March 3, 2021. (JANE ROE/AFP/Getty Images)",
        "Photo: The old bridge seen from the east bank of the river",
        "A crowd gathers outside the hall (REUTERS/John Doe)",
        "READ: The town that rebuilt its harbour in a single summer",
        "READ MORE: Why the bridge closure matters to local traders",
        "Related: Five things to know about the harbour vote today",
        "For more details write to the press office at press@example.org today.",
        "Questions about this story can be sent to [email\u00A0protected] now.",
        "Full coverage: https://example.org/harbour/vote",
        "www.example.org/harbour",
        "See www.example.org/harbour for more",
        "Mar 3 2021, 8:15am",
        "Updated: March 3, 2021 at 8:15 a.m. ET",
        "Net 1,204,000 vs 988,000 2,100",
        "Rain fell all week",
        "* * *",
        "",
        "   "
    })
    void rejectsPageFurnitureAndFragments(String sentence) {
        assertFalse(SentenceFilter.isSummaryWorthy(sentence), sentence);
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertFalse(SentenceFilter.isSummaryWorthy(null));
    }
}
