package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {
    private static final String NEWS = "The council voted on Tuesday to rebuild the harbour bridge before the winter.";

    @ParameterizedTest
    @ValueSource(strings = {
        "PORTBY (Reuters) - ", "PORTBY (AP) — ", "(CNN) ", "(Reuters) - ", "Portby (CNN) ", "PORT ELLEN, Harbourland (Reuters) - ",
        "PORTBY — ", "PORTBY – ", "PORTBY -- ", "PORTBY - ", "NEW PORTBY — ", "PORTBY, Harbourland — ",
        "PORTBY, Harb. — ", "PORTBY (HARBOURWIRE) — ", "EXCLUSIVE: ", "ANALYSIS — ",
        "(Portby, March 3, 2021) – ", "(Port Ellen, March 3, 2021) — ", "(Portby) – ",
        "PORTBY, HARBOURLAND, March 3, 2021 /HarbourWire.com/ -- "
    })
    void takesTheDatelineOffTheFirstSentence(String dateline) {
        assertEquals(NEWS, Dateline.without(new Sentence(0, dateline + NEWS)).text());
    }

    @Test
    void aSentenceMayStartWithAFigureOrAQuote() {
        String figures = "12 traders lost their stalls when the harbour bridge fell in the spring floods.";
        assertEquals(figures, Dateline.without(new Sentence(0, "PORTBY — " + figures)).text());
        String quote = "\u201cWe will rebuild it,\u201d the mayor told the council on Tuesday after the vote.";
        assertEquals(quote, Dateline.without(new Sentence(0, "PORTBY (AP) — " + quote)).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mayor Jane Roe (D-Portby) said the council would vote on the harbour bridge on Tuesday.",
        "Jane Roe — the mayor since 2019 — said the council would vote on the bridge on Tuesday.",
        "NATO said on Tuesday that the harbour would host the summit next spring, officials confirmed.",
        "PORTBY — Bridge closed.",
        "The council (CNN reported) voted on Tuesday to rebuild the harbour bridge before the winter.",
        "UPDATE: The council voted on Tuesday to rebuild the harbour bridge before the winter.",
        "CLAIM: The council voted on Tuesday to rebuild the harbour bridge before the winter.",
        "MAYOR ROE: We will rebuild the harbour bridge before the winter, whatever it costs.",
        "FILE - This March 3, 2021, file photo shows the old bridge over the harbour at Portby.",
        "The Harbour Council (HC) Chairwoman Jane Roe said the vote on the bridge would be close.",
        "Still, Portby — which voted on Tuesday — wants the bridge rebuilt before the winter.",
        "PORTBY — the town's traders want the harbour bridge rebuilt before the winter."
    })
    void leavesProseAndShortLinesAlone(String text) {
        assertEquals(text, Dateline.without(new Sentence(3, text)).text());
    }

    @Test
    void keepsThePosition() {
        assertEquals(7, Dateline.without(new Sentence(7, "PORTBY — " + NEWS)).position());
    }
}
