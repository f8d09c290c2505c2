package briefing.summary.evaluation;

/** An article with a human reference summary made of its own sentences. */
public record ReferenceArticle(String id, String title, String text, String summary) {}
