package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Hill's link hover text, in cases written for this test (the headlines are invented). */
class LinkHoverTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the full name glued to the first headline, MORE before a parenthesis
        "Sen. Jane Doe Jane Ann DoeSenators weigh a new bill Markets wobble on rates MORE (R-Ore.) said on Monday. | Sen. Jane Doe (R-Ore.) said on Monday.",
        // the article names only the surname; MORE before a possessive
        "President Roe Richard Paul RoeRoe signs order on ports Five takeaways from the hearing MORE’s decision came late. | President Roe’s decision came late.",
        // a nickname in parentheses and a particle in the name
        "Rep. Jim de Vries James (Jim) Karl de VriesA budget fight looms MORE (D-Ill.) objected. | Rep. Jim de Vries (D-Ill.) objected.",
        // accents differ between the name written and the full name
        "Rep. Ana Nunez Ana Maria NúñezHouse passes farm bill MORE (D-Calif.) voted no. | Rep. Ana Nunez (D-Calif.) voted no.",
        // a space, not glue, after the full name: the repeated first name is not taken for the surname
        "Speaker Paul Roe Paul David Roe Retirees should weigh a new plan Ports reopen after storm MORE (R-Wis.) spoke. | Speaker Paul Roe (R-Wis.) spoke.",
        // no headline at all: MORE glued to the full name
        "Adviser Brad Kent Bradley (Brad) James KentMORE is worried, aides say. | Adviser Brad Kent is worried, aides say.",
        // the name the article wrote glued to the full name
        "He was surprised by John DurmanJohn DurmanThe Morning Report - Hearing ends MORE at the time. | He was surprised by John Durman at the time.",
        // a headline's question mark inside the block does not survive to cut the sentence
        "Sen. Jane Doe Jane Ann DoeWill the deal hold? Talks stall MORE (R-Ore.) and Sen. Al Poe Albert PoeA new probe opens MORE (D-Md.) met. | Sen. Jane Doe (R-Ore.) and Sen. Al Poe (D-Md.) met.",
        // abbreviations in the headlines ("Sens.", "Mass.") are not the end of a sentence
        "Sen. Jane Doe Jane Ann DoeSens. Doe, Lee urge a vote Mass. Democrats call for data MORE (D-Mass.) agreed. | Sen. Jane Doe (D-Mass.) agreed.",
        // names repeated earlier in the prose are not taken for the block's full name
        "The freed men, Kim Dong-chul, Tony Kim and Kim Hak-song, were flown home by Sen. Jane Doe Jane Ann DoeSenators weigh a new bill MORE, officials said. | The freed men, Kim Dong-chul, Tony Kim and Kim Hak-song, were flown home by Sen. Jane Doe, officials said.",
        "Rep. Kim Smith Kim Lee said the vote was close in 2019. It was closer this year, said Sen. Jane Doe Jane Ann DoeSenators weigh a new bill MORE (R-Ore.). | Rep. Kim Smith Kim Lee said the vote was close in 2019. It was closer this year, said Sen. Jane Doe (R-Ore.).",
        // the first headline opens with the person's name: the whole full name still goes
        "Sen. Tom Roe Thomas (Tom) Karl RoeTom Roe wins primary Markets wobble MORE (R-Ark.) spoke. | Sen. Tom Roe (R-Ark.) spoke.",
        // a surname of two letters
        "He met leader Kim Jong Un Kim Jong UnRoe says he will meet dictators Talks stall again MORE next week. | He met leader Kim Jong Un next week."
    })
    void takesTheBlockOutAndKeepsTheName(String text, String expected) {
        assertEquals(expected, LinkHoverText.strip(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "READ MORE: Senators weigh a new bill",
        "NATO countries must pay MORE, the United States must pay less, Roe wrote.",
        "Our communities need MORE investment, not less.",
        "Join the club. LEARN MORE",
        "Gov. Ron DeSantis, Mike DeWine and other governors want MORE testing, they said.",
        "Senate Majority Leader Mitch McConnell, House Minority Leader Kevin McCarthy and others want MORE money for the troops.",
        // a name repeated in prose, then a capitalised MORE: prose ends a sentence inside, so it is not a block
        "The New York New Jersey region waited. Officials said the plan was fine. Roe said they must pay MORE, not less."
    })
    void leavesProseAlone(String text) {
        assertSame(text, LinkHoverText.strip(text));
    }

    @Test
    void theSplitterNeverSeesTheHeadlines() {
        List<Sentence> sentences = new SentenceSplitter().split(
                "Former Secretary Ann Hale Ann Marie HaleKen Bone backs a rival: 'all the way!' Polls close MORE accused "
                        + "Sen. Ben Ross Benjamin RossRoss leads in poll MORE (I-Vt.) of stalling. He denied it.");
        assertEquals(List.of("Former Secretary Ann Hale accused Sen. Ben Ross (I-Vt.) of stalling.", "He denied it."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void aTextWithoutMoreIsReturnedAsItIs() {
        String text = "Sen. Jane Doe said more was needed.";
        assertSame(text, LinkHoverText.strip(text));
        assertEquals(null, LinkHoverText.strip(null));
    }
}
