package briefing.summary.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSentencesTest {
    @Test
    void findsSentencesGluedWithoutSeparator() {
        var sentences = new SentenceSplitter().split(
                "Profits rose 76% to $1.13bn.\n\nThe firm is now a big investor in Google. Sales rose 2%. Its shares fell.");
        String reference = "Sales rose 2%.Profits rose 76% to $1.13bn.";
        assertEquals(List.of(0, 2), ReferenceSentences.match(sentences, reference));
    }
}
