package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsPlainSentences() {
        assertEquals(List.of("The river rose overnight.", "Was anyone hurt?", "Nobody, luckily!"),
                texts("The river rose overnight. Was anyone hurt? Nobody, luckily!"));
    }

    @Test
    void keepsTitlesAndCompanyAbbreviationsInsideTheSentence() {
        assertEquals(List.of("Mr. Okafor met Dr. Lund and Gen. Ruiz at St. Mary's hospital.", "They talked."),
                texts("Mr. Okafor met Dr. Lund and Gen. Ruiz at St. Mary's hospital. They talked."));
        assertEquals(List.of("In the hours before Sens. Ana Reyes and Jo Reed met, Reps. Okafor and Lund left.", "They talked."),
                texts("In the hours before Sens. Ana Reyes and Jo Reed met, Reps. Okafor and Lund left. They talked."));
        assertEquals(List.of("Shares of Brightwater Inc. rose while Tolland Corp. fell.", "Trading was thin."),
                texts("Shares of Brightwater Inc. rose while Tolland Corp. fell. Trading was thin."));
    }

    @Test
    void keepsDottedAbbreviationsWhenNoSentenceOpenerFollows() {
        assertEquals(List.of("The U.S. Navy and U.K. officials met at 9 a.m. Tuesday, e.g. to plan drills."),
                texts("The U.S. Navy and U.K. officials met at 9 a.m. Tuesday, e.g. to plan drills."));
    }

    @Test
    void keepsTheWiresTagAfterADatelinesState() {
        assertEquals(List.of("PORTBY, Ala. (AP) — The council voted to rebuild the bridge.", "It opens in May."),
                texts("PORTBY, Ala. (AP) — The council voted to rebuild the bridge. It opens in May."));
        assertEquals(List.of("PORTBY, Mich. – Officers arrested 16 traders on Friday.", "Nine had been convicted before."),
                texts("PORTBY, Mich. – Officers arrested 16 traders on Friday. Nine had been convicted before."));
        assertEquals(List.of("Police said the harbour master was arrested early Friday.", "— The two are brothers."),
                texts("Police said the harbour master was arrested early Friday. — The two are brothers."));
    }

    @Test
    void endsSentenceAfterDottedAbbreviationWhenASentenceOpenerFollows() {
        assertEquals(List.of("The delegation flew back to the U.S.", "The talks resume in May."),
                texts("The delegation flew back to the U.S. The talks resume in May."));
        assertEquals(List.of("Aid arrived from the U.N.", "It was not enough."),
                texts("Aid arrived from the U.N. It was not enough."));
        assertEquals(List.of("Talks on Canada/U.S. Trade resumed in the U.S. And Europe."),
                texts("Talks on Canada/U.S. Trade resumed in the U.S. And Europe."));
    }

    @Test
    void keepsMonthAbbreviationBeforeADate() {
        assertEquals(List.of("The vote was held on Jan. 11 and again on Feb. 3.", "Turnout fell."),
                texts("The vote was held on Jan. 11 and again on Feb. 3. Turnout fell."));
    }

    @Test
    void keepsInitials() {
        assertEquals(List.of("A speech by John F. Kennedy was replayed.", "Crowds cheered."),
                texts("A speech by John F. Kennedy was replayed. Crowds cheered."));
        assertEquals(List.of("The letter was signed by H. A. Wells and J. R. Tolkien."),
                texts("The letter was signed by H. A. Wells and J. R. Tolkien."));
    }

    @Test
    void keepsDecimalsAndNumberAbbreviations() {
        assertEquals(List.of("Output grew 3.5 pct to 1,204.75 tonnes at plant No. 4.", "Prices held."),
                texts("Output grew 3.5 pct to 1,204.75 tonnes at plant No. 4. Prices held."));
    }

    @Test
    void handlesEllipses() {
        assertEquals(List.of("He paused... then carried on reading."),
                texts("He paused... then carried on reading."));
        assertEquals(List.of("The line went dead\u2026", "Nobody called back."),
                texts("The line went dead\u2026 Nobody called back."));
        assertEquals(List.of("We waited. . .", "Then the bus came."),
                texts("We waited. . . Then the bus came."));
    }

    @Test
    void keepsStraightClosingQuoteWithItsSentence() {
        assertEquals(List.of("She said \"not yet.\"", "Then she left."),
                texts("She said \"not yet.\" Then she left."));
    }

    @Test
    void keepsCurlyClosingQuotesAndBracketsWithTheirSentence() {
        assertEquals(List.of("He called it \u201ca disgrace.\u201d", "Officials disagreed."),
                texts("He called it \u201ca disgrace.\u201d Officials disagreed."));
        assertEquals(List.of("The sign read \u2018closed.\u2019", "(Nobody knew why.)", "Later it opened."),
                texts("The sign read \u2018closed.\u2019 (Nobody knew why.) Later it opened."));
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertEquals(List.of("The plan failed. and nobody was surprised."),
                texts("The plan failed. and nobody was surprised."));
        assertEquals(List.of("\u201cWhy now?\u201d asked the mayor."),
                texts("\u201cWhy now?\u201d asked the mayor."));
    }

    @Test
    void joinsNewswireHardWrappedLines() {
        String wrapped = "Harbour officials said on Tuesday that the new grain\n"
                + "terminal in the northern port would open two months\n"
                + "later than planned because of flooding.\n"
                + "    The delay will cost shippers an estimated 4.2 mln\n"
                + "dlrs, a U.S. trade group said.\n";
        assertEquals(List.of(
                "Harbour officials said on Tuesday that the new grain terminal in the northern port would open two"
                        + " months later than planned because of flooding.",
                "The delay will cost shippers an estimated 4.2 mln dlrs, a U.S. trade group said."),
                texts(wrapped));
    }

    @Test
    void doesNotCutAWrappedFirstLineThatLooksShort() {
        String wrapped = "The Tarnview Shipping Company said\n"
                + "Harbour Master Anne Lowe will retire at the end of the\n"
                + "year after twenty years in the post.\n";
        assertEquals(1, texts(wrapped).size(), texts(wrapped).toString());
    }

    @Test
    void doesNotCutAWrappedFirstLineInTitleCase() {
        String wrapped = "Harbour Master Anne\n"
                + "Lowe said on Tuesday that the northern grain terminal would\n"
                + "open two months later than planned.\n";
        assertEquals(List.of("Harbour Master Anne Lowe said on Tuesday that the northern grain terminal would open"
                + " two months later than planned."), texts(wrapped));
    }

    @Test
    void signOffLineAfterAnAbbreviationStandsAlone() {
        assertEquals(List.of("Most of the grain went to the U.S.", "HARBOUR DESK"),
                texts("Most of the grain went to the\nU.S.\nHARBOUR DESK"));
    }

    @Test
    void blankLineAlwaysEndsASentence() {
        assertEquals(List.of("Rain fell all week", "Roads closed in the valley."),
                texts("Rain fell all week\n\nRoads closed in the valley."));
        assertEquals(List.of("First paragraph ends here.", "Second one starts here."),
                texts("First paragraph ends here.\r\n\r\nSecond one starts here."));
    }

    @Test
    void headingBylineAndCreditLinesStandAlone() {
        String text = "Storm season arrives early\n"
                + "by Maria Jensen\n"
                + "Mar 3 2021, 8:15am\n"
                + "Harbour Photo Agency\n"
                + "Fishermen stayed ashore on Sunday as winds reached 90 km/h.";
        assertEquals(List.of("Storm season arrives early", "by Maria Jensen", "Mar 3 2021, 8:15am",
                "Harbour Photo Agency", "Fishermen stayed ashore on Sunday as winds reached 90 km/h."), texts(text));
    }

    @Test
    void collapsesWhitespaceIncludingNoBreakSpaces() {
        assertEquals(List.of("Too many spaces here.", "And tabs."),
                texts("  Too \t many\u00A0\u00A0spaces   here.   And\ttabs.  "));
    }

    @Test
    void emptyAndBlankInputGiveNoSentences() {
        assertTrue(splitter.split("").isEmpty());
        assertTrue(splitter.split("   \n\n \t ").isEmpty());
        assertTrue(splitter.split(null).isEmpty());
    }

    @Test
    void positionsCountFromZero() {
        List<Sentence> sentences = splitter.split("One is here.\n\nTwo is here. Three is here!\nFour?");
        assertEquals(4, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(i, sentences.get(i).position());
        }
    }

    @Test
    void neverCutsAWord() {
        String text = "Visit example.com or www.example.org.uk today. Version 2.0.1 ships soon.\n"
                + "Mr.Smith wrote e-mails,etc.and left.";
        String joined = String.join(" ", texts(text));
        assertEquals(text.replace('\n', ' '), joined);
    }

    private static final String PARAGRAPH = "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of"
            + " its piers, a decision that will send heavy traffic through the town centre for at least a year.";

    @Test
    void endsAHeadlineLineOfAWebPageInsteadOfRunningItIntoTheLede() {
        assertEquals(List.of("Old bridge shut to lorries", "Cracks found in two piers", PARAGRAPH),
                texts("Old bridge shut to lorries\nCracks found in two piers\n" + PARAGRAPH));
    }

    @Test
    void keepsALineThatVisiblyGoesOnInAWebPage() {
        assertEquals(List.of("The mayor said the\nCouncil had no choice.".replace("\n", " "), PARAGRAPH),
                texts("The mayor said the\nCouncil had no choice.\n\n" + PARAGRAPH));
        assertEquals(List.of("Traffic will go through the centre, and\nresidents are angry.".replace("\n", " "), PARAGRAPH),
                texts("Traffic will go through the centre, and\nresidents are angry.\n\n" + PARAGRAPH));
    }

    @Test
    void stillReadsAShortLineBreakAsAHardWrapInWireText() {
        assertEquals(List.of("Canadian Trade Minister Pat Carney said on Monday the talks on lumber would go on"
                        + " and that Ottawa expected a deal before the end of the month."),
                texts("Canadian Trade Minister Pat\nCarney said on Monday the talks on lumber would go on\n"
                        + "and that Ottawa expected a deal before the end of the month."));
    }
}
