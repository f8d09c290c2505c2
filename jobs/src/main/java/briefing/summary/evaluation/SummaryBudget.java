package briefing.summary.evaluation;

import briefing.summary.SummaryLength;
import briefing.text.Words;

/**
 * The length every system gets for one article in an evaluation: {@code reference} (as many words as the
 * reference summary), {@code ratio:R} (that fraction of the article's sentences) or {@code sentences:N}.
 */
public record SummaryBudget(String spec) {
    public SummaryBudget {
        parse(spec, "");
    }

    public SummaryLength lengthFor(ReferenceArticle article) {
        return parse(spec, article.summary());
    }

    private static SummaryLength parse(String spec, String reference) {
        if (spec.equals("reference")) {
            return SummaryLength.words(Math.max(1, Words.tokens(reference).size()));
        }
        try {
            if (spec.startsWith("ratio:")) return SummaryLength.ratio(Double.parseDouble(spec.substring(6)));
            if (spec.startsWith("sentences:")) return SummaryLength.sentences(Integer.parseInt(spec.substring(10)));
            if (spec.startsWith("words:")) return SummaryLength.words(Integer.parseInt(spec.substring(6)));
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("budget must be reference, ratio:R (0 < R <= 1), sentences:N or words:W, got '" + spec + "'");
    }
}
