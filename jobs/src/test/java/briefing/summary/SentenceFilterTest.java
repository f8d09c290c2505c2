package briefing.summary;

import static briefing.summary.SentenceFilter.Verdict.FURNITURE;
import static briefing.summary.SentenceFilter.Verdict.SHORT_PROSE;
import static briefing.summary.SentenceFilter.Verdict.WORTHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.summary.SentenceFilter.Verdict;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The summariser acts on three verdicts: furniture is never chosen, short prose (fragments, headings, list items) only
 * fills up an article with nothing better, worthy prose may stand in a summary. Each case checks the verdict itself,
 * through both entry points the code uses ({@code judge(sentence)} and the summariser's {@code judge(sentence, lower)}),
 * and that {@code isFurniture} and {@code isSummaryWorthy} agree with it.
 */
class SentenceFilterTest {
    static void assertVerdict(Verdict expected, String sentence) {
        assertEquals(expected, SentenceFilter.judge(sentence), sentence);
        assertEquals(expected, SentenceFilter.judge(sentence, sentence.toLowerCase(Locale.ROOT)), sentence);
        assertEquals(expected == FURNITURE, SentenceFilter.isFurniture(sentence), sentence);
        assertEquals(expected == WORTHY, SentenceFilter.isSummaryWorthy(sentence), sentence);
    }

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
        assertVerdict(WORTHY, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Should the mayor have signed the order before the vote?",
        "• The council will vote on the bridge again next spring.",
        "- The council will vote on the bridge again next spring.",
        "2. The council will vote on the bridge again next spring.",
        "CLAIM 2: The council will rebuild the bridge without new taxes.",
        "Votes for the bridge: 12 in the council, turnout: 61 percent of the town.",
        "Harbour: 12 boats; market: 40 stalls; bridge: 2 lanes; ferry: 1 line."
    })
    void listItemsAndFragmentsOnlyFillUp(String sentence) {
        assertVerdict(SHORT_PROSE, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We did it, harbour town! pic.twitter.com/abc123",
        "— Jane Roe (@janeroe) June 5, 2019",
        "Proud of our council https://t.co/abc123 — Jane Roe (@janeroe) June 5, 2019 The council voted on Tuesday."
    })
    void tweetsAreFurniture(String sentence) {
        assertVerdict(FURNITURE, sentence);
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
        "* * *",
        "",
        "   "
    })
    void rejectsPageFurniture(String sentence) {
        assertVerdict(FURNITURE, sentence);
    }

    /** Prose under five words, with or without its full stop: only to fill up. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Rain fell all week",
        "The mayor resigned.",
        "\u201cNever,\u201d she said."
    })
    void shortProseOnlyFillsUp(String sentence) {
        assertVerdict(SHORT_PROSE, sentence);
    }

    /** Web-page blocks, paraphrased from the kinds that news sites leave in scraped text. */
    @ParameterizedTest
    @ValueSource(strings = {
        "JUST WATCHED Mayor opens the new bridge Replay More Videos ... MUST WATCH Mayor opens the new bridge 01:02",
        "Story highlights The council approved the bridge after a long debate",
        "( Also on POLITICO: Harbour towns count the cost of the floods)",
        "( PHOTOS: The harbour after the floods)",
        "Slideshow ( 7 images )",
        "Enlarge this image toggle caption Jane Roe/Harbour Photo Jane Roe/Harbour Photo",
        "Why the bridge fell in a single night | Jane Roe Read more",
        "Play Video 1:51 What the bridge vote means for traders - video",
        "What the bridge vote means for traders – video",
        "Harbour traders lost a third of their custom after the floods Source: Harbour Chamber of Commerce via Bloomberg",
        "Source: Harbour Chamber of Commerce survey of 300 traders.",
        "HARBOUR TOWN VOTES TO REBUILD ITS FLOODED BRIDGE, TRADERS CHEER",
        "The mayor said BREAKING NEWS: COUNCIL VOTES TO REBUILD THE BRIDGE TONIGHT after the vote.",
        "Goal: Make the council rebuild the bridge before winter.",
        "I demand that you rebuild the harbour bridge before the winter storms arrive.",
        "Sign the petition to rebuild the harbour bridge now.",
        "Sign up for our daily newsletter about the harbour and its people.",
        "Copyright © 2021 Harbour News, LLC. Click here for reprint permission.",
        "Follow CNN Opinion Join us on Twitter and Facebook",
        "Read or Share this story: http://example.org/harbour",
        "Harbour traders wait outside the market hall in Portby, Harbourland, March 3, 2021.",
        "The mayor (C) speaks with traders at the market in Portby on March 3, 2021.",
        "The mayor delivers remarks to traders at the market hall, Portby March 3, 2021.",
        "A harbour ferry is pictured in this illustration taken March 3, 2021.",
        "MORE said the vote on the bridge was close.",
        "In this March 3, 2021, photo, traders wait outside the market hall in Portby.",
        "In this undated image, the mayor cuts the ribbon on the old bridge.",
        "In this Monday, March 3, 2021, photo, traders wait outside the market hall in Portby.",
        "Jane Roe (L) and Sam Okoro shake hands at the market hall after the vote.",
        "Mayor Jane Roe (R) speaks with traders at the market hall.",
        "Click to expand Image The flooded market hall in Portby, March 2021.",
        "Update 2 : Just as we expected, the mayor has tweeted about the vote.",
        "Mayor Jane Roe chats with a trader at the harbour market in Portby on March 3, 2021.",
        "Email This field is for validation purposes and should be left unchanged.",
        "A version of this story appeared in the Harbour Courier's weekly newsletter.",
        "This article first appeared on Harbour Weekly.",
        "FILE - This March 3, 2019, file photo shows the old bridge over the harbour.",
        "© Harbour Photo / Jane Roe The mayor at the market",
        "Mayor Jane Roe Jane RoeMayor says bridge will be ready by spring MORE said the vote was close.",
        "CLOSE The mayor explains why the town needs a new bridge.",
        "Jane Roe is a columnist for the Harbour Courier. The views expressed are her own.",
        "Corrections and clarifications: An earlier version gave the wrong date of the vote.",
        "Story Continued Below"
    })
    void rejectsWebPageFurniture(String sentence) {
        assertVerdict(FURNITURE, sentence);
    }

    /** Lines a summary should not open with or rely on, though they are not furniture: only to fill up. (A half quote is
     *  prose; the summariser takes it only with the sentence that closes it: SummarizerTest.) */
    @ParameterizedTest
    @ValueSource(strings = {
        "Harbour town votes to rebuild its flooded bridge",
        "• Three traders closed their shops after the floods",
        "The council voted on Tuesday.The mayor said the bridge would be rebuilt by the spring.",
        "Bridge vote delayed? https://example.org/harbour/bridge-vote The mayor accuses the council of stalling the rebuilding.",
        "The full report on the bridge is at https://example.org/harbour/report for anyone to read."
    })
    void headingsAndGluedSentencesOnlyFillUp(String sentence) {
        assertVerdict(SHORT_PROSE, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The mayor said on March 3, 2021, that the bridge would be rebuilt.",
        "The bridge opened on June 2, 2019.",
        "The harbour still holds the wrecks sunk in the storms of March 3, 2021.",
        "The council promised the new bridge in a letter to Mayor Roe dated March 3, 2021.",
        "In this town, photographs of the old bridge hang in every shop.",
        "Last month, Gov. Jane Roe (R) signed the bill that pays for the new harbour bridge.",
        "In this case, the image the council painted of the harbour was wrong, the judge said.",
        "In this context, image matters more than policy for the harbour council, the mayor said.",
        "Rep. Jane Roe (R) of Portby holds the opposite view on the harbour bridge.",
        "This story appeared to confirm what the traders had feared for months.",
        "Sources close to the council said the vote would be close.",
        "\u201cWe will rebuild it,\" the mayor told reporters on Tuesday.",
        "The NATO summit in Brussels ended without a statement on the harbour.",
        "More than 300 traders signed a letter to the council on Monday.",
        "\u201cBy closing the bridge for a year, the council has cut the market off from the harbour,\u201d Roe said."
    })
    void keepsProseThatLooksLikeFurniture(String sentence) {
        assertVerdict(WORTHY, sentence);
    }

    /** A "sentence" over 80 words is a run of several a splitter could not cut: only to fill up; 80 words stand. */
    @Test
    void overlongSentencesOnlyFillUp() {
        String eightWords = "the council met again to discuss the bridge ";
        String eighty = ("The" + " council met again to discuss the bridge".repeat(1) + " " + eightWords.repeat(9)).strip() + ".";
        assertEquals(80, eighty.split(" ").length);
        assertVerdict(WORTHY, eighty);
        assertVerdict(SHORT_PROSE, eighty.replace(".", " " + eightWords.strip() + "."));
    }

    @Test
    void nullIsFurniture() {
        assertEquals(FURNITURE, SentenceFilter.judge(null));
        assertEquals(false, SentenceFilter.isSummaryWorthy(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The opinions expressed by columnists are their own and do not represent the views of Example.com.",
        "Views in this column do not necessarily reflect the views of the paper.",
        "Who should pay for the bridge? Take our poll below.",
        "As seen in this video: the mayor cuts the ribbon.",
        "A guard, left, speaks with a worker at the gate of the mission near the port, Nov. 21.",
        "Jo Reed is a journalist, writer, broadcaster and blogger.",
        "Sam Okoro, a professor of history at Lagos, is the author of three books on the river trade.",
        "Ana Reyes, sister of the harbour master, attends the opening of the bridge in Portside.",
        "Mayor Jane Roe waves to supporters after the vote on the bridge.",
        "Traders gather outside the council in Portside, Wednesday, May 27, 2020, as they protest the vote on the bridge.",
        "You have 14 free articles left today, enjoy reading.",
        "Harbour Watch is a nonprofit newsroom that investigates the port authority.",
        "What are the details?",
        "What did Mayor Roe say?",
        "AD",
        "Mayor Jane Roe at the harbour in Portby, May 1, 2019 (Sam Okoro/Reuters)",
        "Traders wait at the harbour gate in Portby before the vote. (Sam Okoro/Pool via Reuters)"
    })
    void disclaimersPollsCaptionsAndAuthorBlurbsAreFurniture(String sentence) {
        assertVerdict(FURNITURE, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jo Reed is a nurse who was arrested at the border on Friday.",
        "The mayor, who stood left of the podium, said the bridge would reopen in May.",
        "Sam Okoro, the council's treasurer, is a candidate for mayor.",
        "Roe attends every council meeting, her aides said.",
        "The council waves the fee for traders who lost their stalls in the floods.",
        "The council said on Wednesday, May 27, 2020, that the bridge would reopen in the spring.",
        "The council will vote on the bridge plan (and on the ferry/bus timetable) in May."
    })
    void prosePeopleAreNotBlurbsOrCaptions(String sentence) {
        assertVerdict(WORTHY, sentence);
    }

    @Test
    void aPhotographersCreditInParenthesesFollowsACaption() {
        assertTrue(SentenceFilter.isCreditAfterCaption("(Sam Okoro/Reuters)"));
        assertTrue(SentenceFilter.isCreditAfterCaption("(Ian Lang/Pool via Reuters)"));
        assertFalse(SentenceFilter.isCreditAfterCaption("(The ferry/bus timetable is on the council's site.)"));
    }
}
