package briefing.text;

/**
 * One sentence of an article.
 *
 * @param position 0-based index of the sentence in the article
 * @param text     the sentence, trimmed, with inner whitespace collapsed to single spaces
 */
public record Sentence(int position, String text) {
    public Sentence {
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
