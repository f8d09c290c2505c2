package briefing.summary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An extractive summary: whole sentences of the article, in the article's order.
 *
 * @param sentences the chosen sentences, ordered by position
 */
public record Summary(List<SummarySentence> sentences) {
    public Summary {
        sentences = List.copyOf(sentences);
    }

    /** The chosen sentences joined with single spaces; empty when nothing was chosen. */
    public String text() {
        return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
