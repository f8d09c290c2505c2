package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonMentionsTest {
    private static final List<String> ARTICLE = List.of(
            "The harbour town council voted on Tuesday to rebuild the bridge that the spring floods destroyed.",
            "Councillor Anna Katz of the Green list had asked for the vote since the spring.",
            "Katz said the bridge would be built higher than the old one.",
            "The White House said the House would not fund the bridge.",
            "Mayor Roe said the money would come from the harbour fund.",
            "Jane Roe has led the town since 2015.",
            "Dr. Katz also chairs the harbour board.",
            "In Katz's view the bridge should carry the tram too.");

    @Test
    void aSurnameAloneNeedsTheSentenceThatGaveTheFullName() {
        int[][] introducers = PersonMentions.introducers("Harbour town votes to rebuild bridge", ARTICLE);
        assertArrayEquals(new int[] {1}, introducers[2], "Katz is introduced in sentence 1");
        assertArrayEquals(new int[] {1}, introducers[6], "a title is no introduction when the full name came before");
        assertArrayEquals(new int[] {}, introducers[1], "the full name introduces itself");
        assertArrayEquals(new int[] {}, introducers[3], "institutions are not surnames");
        assertArrayEquals(new int[] {1}, introducers[7], "a preposition is not a first name");
        assertArrayEquals(new int[] {}, introducers[4], "a surname the article uses before the full name is taken as known");
    }

    @Test
    void aSurnameInTheTitleIsIntroduced() {
        int[][] introducers = PersonMentions.introducers("Katz wins bridge vote", ARTICLE);
        assertArrayEquals(new int[] {}, introducers[2]);
    }

    @Test
    void heOrSheWithNoOneNamedNeedsTheSentenceBefore() {
        assertTrue(PersonMentions.pronounWithoutPerson("In 2019, she moved the harbour office to the market."));
        assertTrue(PersonMentions.pronounWithoutPerson("Last year he remained in custody in Texas."));
        assertFalse(PersonMentions.pronounWithoutPerson("The minister said he would resign."));
        assertFalse(PersonMentions.pronounWithoutPerson("Mr Blair said he would resign."));
        assertFalse(PersonMentions.pronounWithoutPerson("Anna Katz said she would vote for the bridge."));
        assertFalse(PersonMentions.pronounWithoutPerson("The council said the bridge would be higher."));
    }

    @Test
    void aTitleBeforeTheFullNameMarksTheSurnameAsAPerson() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge.",
                "Sen. Maria J. Ortiz of the harbour district wrote the bill that pays for it.",
                "Ortiz, a former fisherman, wants the new bridge built higher than the old one.");
        assertArrayEquals(new int[] {1}, PersonMentions.introducers("Bridge to be rebuilt", article)[2]);
    }

    @Test
    void aTitledSurnameStandsWhenTheArticleNeverGivesTheFullName() {
        List<String> article = List.of(
                "The harbour town council voted on Tuesday to rebuild the bridge.",
                "The vote followed a year of protests by fishermen.",
                "Sen. Ortiz said the state would pay half of the cost.");
        assertArrayEquals(new int[] {}, PersonMentions.introducers("Bridge to be rebuilt", article)[2]);
    }
}
