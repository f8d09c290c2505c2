package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans are the runs of word characters, and each hash is what String.hashCode gives for the word. */
class WordSpansTest {
    @Test
    void spansAndHashesMatchTheWordsAsStrings() {
        String text = "the u.s. and ⅻ km² co₂ déjà-vu 😀mixed😀emoji 𝔘nicode 日本語 x 2024-25 café's";
        WordSpans words = WordSpans.of(text, 2, (s, start, end, hash, ascii) -> s.substring(start, end).equals("and"));
        List<String> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = text.substring(words.start(w), words.end(w));
            assertEquals(word.hashCode(), words.hash(w), word);
            found.add(word);
        }
        assertEquals(List.of("the", "km²", "co₂", "déjà", "vu", "mixed", "emoji", "𝔘nicode", "日本語", "2024", "25", "café"), found);
        for (int w = 0; w + 1 < words.size(); w++) {
            String bigram = text.substring(words.start(w), words.end(w)) + " " + text.substring(words.start(w + 1), words.end(w + 1));
            assertEquals(bigram.hashCode(), words.bigramHash(w), bigram);
        }
    }
}
