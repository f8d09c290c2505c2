package briefing.summary;

/**
 * A sentence chosen for a summary.
 *
 * @param position the sentence's 0-based position in the article
 * @param text     the sentence as the splitter returned it
 * @param score    how well it represents the article, 0..1 (see {@link Summarizer})
 */
public record SummarySentence(int position, String text, double score) {
    public SummarySentence {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
