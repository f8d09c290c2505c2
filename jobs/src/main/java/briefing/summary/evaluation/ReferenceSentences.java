package briefing.summary.evaluation;

import briefing.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a reference summary back to the article's own sentences. The BBC references are whole sentences of the
 * article glued together with no separator ("...in that time.She said..."), so a sentence is in the reference
 * when its text, whitespace collapsed, occurs in the reference's text.
 */
public final class ReferenceSentences {
    private ReferenceSentences() {}

    /** Indices (into {@code sentences}) of the sentences the reference is made of. */
    public static List<Integer> match(List<Sentence> sentences, String reference) {
        String glued = collapse(reference);
        List<Integer> matched = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = collapse(sentences.get(i).text());
            if (!text.isEmpty() && glued.contains(text)) matched.add(i);
        }
        return matched;
    }

    private static String collapse(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }
}
