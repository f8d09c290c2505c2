package briefing.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sentences chosen so far for one summary, and the rules every pick obeys whoever ranks the candidates (the
 * summariser, topic-focused summaries): the length budget, no near-repeat of a chosen sentence, a sentence that
 * refers back or names a person by surname only together with the sentence it needs, and a quote that runs on into
 * the next sentence only together with that sentence.
 */
final class SummarySelection {
    private final ScoredArticle article;
    private final SummaryLength length;
    private final boolean[] taken;
    private final List<Integer> chosen = new ArrayList<>();
    private int chosenWords;

    SummarySelection(ScoredArticle article, SummaryLength length) {
        this.article = article;
        this.length = length;
        this.taken = new boolean[article.size()];
    }

    boolean full() {
        return length.full(chosen.size(), chosenWords, article.size());
    }

    boolean taken(int i) {
        return taken[i];
    }

    /** The highest cosine of sentence {@code i} to a chosen one. */
    double redundancy(int i) {
        double redundancy = 0;
        for (int j : chosen) redundancy = Math.max(redundancy, article.similarity(i, j));
        return redundancy;
    }

    /** Whether sentence {@code i} (with what it needs, {@link #bundle}) may be added now. */
    boolean canAdd(int i) {
        return bundle(i) != null;
    }

    /**
     * What adding sentence {@code i} brings in, in the order taken: the sentences it needs that are not chosen yet (the
     * sentence it refers back to, the one introducing a person it names; each must stand on its own), then
     * {@code i} and the sentences its quote runs on into. Null when that is impossible, overflows the length or
     * repeats a chosen sentence.
     */
    List<Integer> bundle(int i) {
        if (taken[i] || article.continuation(i) == ScoredArticle.NO_CONTINUATION_POSSIBLE) {
            return null;
        }
        List<Integer> bundle = new ArrayList<>();
        for (int r : article.requires(i)) {
            if (taken[r]) continue;
            if (article.furniture(r) || article.continuation(r) != -1) return null;
            for (int rr : article.requires(r)) if (!taken[rr]) return null;
            bundle.add(r);
        }
        for (int j = i; j >= 0; j = article.continuation(j)) {
            if (!taken[j] && !bundle.contains(j)) bundle.add(j);
        }
        int n = article.size();
        int count = chosen.size();
        int words = chosenWords;
        for (int j : bundle) {
            int w = length.wordsOf(article, j);
            if (!length.fits(count, words, w, n) || j != i && redundancy(j) > Summarizer.MAX_SIMILARITY) {
                return null;
            }
            count++;
            words += w;
        }
        return bundle;
    }

    /** Adds sentence {@code i} with what it needs ({@link #bundle}); {@link #canAdd} must have said yes. */
    void add(int i) {
        for (int j : bundle(i)) take(j);
    }

    private void take(int i) {
        taken[i] = true;
        chosen.add(i);
        chosenWords += length.wordsOf(article, i);
    }

    /** The chosen sentences' indices, in article order. */
    List<Integer> inArticleOrder() {
        List<Integer> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.naturalOrder());
        return ordered;
    }
}
