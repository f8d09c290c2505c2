package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {
    private static final String NEWS = "The council voted on Tuesday to rebuild the harbour bridge before the winter.";

    @ParameterizedTest
    @ValueSource(strings = {
        "PORTBY (Reuters) - ", "PORTBY (AP) — ", "(CNN) ", "(Reuters) - ", "Portby (CNN) ", "PORT ELLEN, Harbourland (Reuters) - ",
        "PORTBY — ", "PORTBY – ", "PORTBY -- ", "PORTBY - ", "PORTBY: ", "NEW PORTBY — ", "PORTBY, Harbourland — ",
        "PORTBY, Harb. — ", "Portby, Harbourland — ", "PORTBY (HARBOURWIRE) — ",
        "(Portby, March 3, 2021) – ", "(Port Ellen, March 3, 2021) — ", "(Portby) – ",
        "PORTBY, HARBOURLAND, March 3, 2021 /HarbourWire.com/ -- "
    })
    void takesTheDatelineOffTheFirstSentence(String dateline) {
        assertEquals(NEWS, Dateline.without(new Sentence(0, dateline + NEWS)).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mayor Jane Roe (D-Portby) said the council would vote on the harbour bridge on Tuesday.",
        "Jane Roe — the mayor since 2019 — said the council would vote on the bridge on Tuesday.",
        "NATO said on Tuesday that the harbour would host the summit next spring, officials confirmed.",
        "PORTBY — Bridge closed.",
        "The council (CNN reported) voted on Tuesday to rebuild the harbour bridge before the winter."
    })
    void leavesProseAndShortLinesAlone(String text) {
        assertEquals(text, Dateline.without(new Sentence(3, text)).text());
    }

    @org.junit.jupiter.api.Test
    void keepsThePosition() {
        assertEquals(7, Dateline.without(new Sentence(7, "PORTBY — " + NEWS)).position());
    }
}
