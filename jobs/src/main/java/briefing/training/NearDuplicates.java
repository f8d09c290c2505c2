package briefing.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds articles that are copies or near-copies of others under another id (wire stories filed twice, corrected
 * re-runs): at least half of their word 5-grams in common (Jaccard {@link #MIN_SIMILARITY}; distinct stories
 * of the same corpora share under 0.3). The news corpora hold such pairs, so a training row can be the same story
 * as a held-out row.
 */
final class NearDuplicates {
    static final double MIN_SIMILARITY = 0.5;
    private static final int SHINGLE = 5;
    private final List<String> ids = new ArrayList<>();
    private final List<Set<Long>> shingles = new ArrayList<>();
    private final Map<Long, List<Integer>> index = new HashMap<>();

    /** @param articles the articles others are compared with, e.g. the labelled set */
    NearDuplicates(List<LabelledArticle> articles) {
        for (LabelledArticle a : articles) {
            Set<Long> s = shingles(a);
            int k = ids.size();
            ids.add(a.id());
            shingles.add(s);
            for (long h : s) index.computeIfAbsent(h, x -> new ArrayList<>(1)).add(k);
        }
    }

    /** @return the id of an indexed article that {@code article} nearly copies, or null */
    String copyOf(LabelledArticle article) {
        Set<Long> s = shingles(article);
        Map<Integer, Integer> shared = new HashMap<>();
        for (long h : s) {
            List<Integer> holders = index.get(h);
            if (holders != null) for (int k : holders) shared.merge(k, 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int both = e.getValue();
            double jaccard = (double) both / (s.size() + shingles.get(e.getKey()).size() - both);
            if (jaccard >= MIN_SIMILARITY) return ids.get(e.getKey());
        }
        return null;
    }

    /** Hashes of the title's and text's word 5-grams, lower-cased, punctuation dropped (the whole text if shorter). */
    static Set<Long> shingles(LabelledArticle a) {
        String text = ((a.title() == null ? "" : a.title()) + " " + (a.text() == null ? "" : a.text())).toLowerCase(Locale.ROOT);
        String[] words = text.split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>(words.length);
        for (String word : words) if (!word.isEmpty()) w.add(word);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= Math.max(w.size(), SHINGLE); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(i + SHINGLE, w.size()); j++) h = 31 * h + w.get(j).hashCode();
            out.add(h);
        }
        return out;
    }
}
