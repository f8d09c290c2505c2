package briefing.summary;

import briefing.text.Sentence;
import briefing.text.StopWords;
import briefing.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the sentences that best represent a news article: an extractive summary of whole sentences, returned in
 * the article's order. Stateless and thread-safe.
 *
 * <h2>Scoring</h2>
 * Every sentence {@code s} is scored from its content words {@code W(s)}: the {@link Words#tokens tokens} that are
 * not {@link StopWords}, have a letter and are at least two characters long, counted once per sentence.
 * <pre>
 *   score(s)    = 0.50 * centrality(s) + 0.20 * titleOverlap(s) + 0.30 * lead(s)
 *                 (without a title: 0.625 * centrality(s) + 0.375 * lead(s), so scores keep the 0..1 range)
 *
 *   centrality  = cosine(s, c) / max over the article's sentences of cosine(., c)               in 0..1
 *     c(w)      = number of summary-worthy sentences containing w (of all sentences, if none is worthy):
 *                 the article's term-frequency centroid
 *     cosine    = sum over w in W(s) of (c(w) - [s counts in c]) / (sqrt(|W(s)|) * |c|)
 *                 The sentence's own words are taken out of the centroid (leave-one-out), or every long
 *                 sentence would look central just by agreeing with itself.
 *   titleOverlap = |W(s) ∩ W(title)| / |W(title)|                                                in 0..1
 *   lead        = 1 / (1 + k / 2), k = number of summary-worthy sentences before s               in 0..1
 *                 News puts the point first; counting only worthy sentences keeps bylines and credits
 *                 at the top from pushing the lead paragraph down.
 * </pre>
 *
 * <h2>Choosing</h2>
 * Summary-worthy sentences ({@link SentenceFilter}) are taken best score first, skipping any whose content words
 * overlap an already chosen sentence's by a Jaccard index above {@value #MAX_OVERLAP}. If that leaves fewer than
 * {@code maxSentences}, the rest of the article's sentences fill up, best score first, so an article with no more
 * than {@code maxSentences} sentences comes back whole.
 */
public final class Summarizer {
    static final double CENTRALITY_WEIGHT = 0.50;
    static final double TITLE_WEIGHT = 0.20;
    static final double LEAD_WEIGHT = 0.30;
    static final double LEAD_HALF_LIFE = 2.0;
    static final double MAX_OVERLAP = 0.6;

    public Summary summarize(String title, List<Sentence> sentences, int maxSentences) {
        if (maxSentences < 0) {
            throw new IllegalArgumentException("maxSentences must be >= 0, was " + maxSentences);
        }
        if (sentences == null || sentences.isEmpty() || maxSentences == 0) {
            return new Summary(List.of());
        }
        List<Candidate> candidates = candidates(sentences);
        score(candidates, contentWords(title));

        List<Candidate> byScore = new ArrayList<>(candidates);
        byScore.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparingInt(c -> c.sentence.position()));
        List<Candidate> chosen = new ArrayList<>(maxSentences);
        for (Candidate candidate : byScore) {
            if (chosen.size() < maxSentences && candidate.worthy && !repeatsAny(candidate, chosen)) {
                chosen.add(candidate);
            }
        }
        for (Candidate candidate : byScore) {
            if (chosen.size() < maxSentences && !chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.sentence.position()));
        List<SummarySentence> summary = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            summary.add(new SummarySentence(c.sentence.position(), c.sentence.text(), c.score));
        }
        return new Summary(summary);
    }

    private static List<Candidate> candidates(List<Sentence> sentences) {
        List<Sentence> inOrder = new ArrayList<>(sentences);
        inOrder.sort(Comparator.comparingInt(Sentence::position));
        List<Candidate> candidates = new ArrayList<>(inOrder.size());
        int worthyBefore = 0;
        for (Sentence sentence : inOrder) {
            boolean worthy = SentenceFilter.isSummaryWorthy(sentence.text());
            candidates.add(new Candidate(sentence, worthy, contentWords(sentence.text()), worthyBefore));
            if (worthy) {
                worthyBefore++;
            }
        }
        return candidates;
    }

    private static void score(List<Candidate> candidates, Set<String> titleWords) {
        boolean anyWorthy = candidates.stream().anyMatch(c -> c.worthy);
        Map<String, Integer> centroid = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.worthy || !anyWorthy) {
                for (String word : c.words) {
                    centroid.merge(word, 1, Integer::sum);
                }
            }
        }
        double centroidNorm = 0;
        for (int count : centroid.values()) {
            centroidNorm += (double) count * count;
        }
        centroidNorm = Math.sqrt(centroidNorm);

        double maxCosine = 0;
        for (Candidate c : candidates) {
            c.cosine = cosineToCentroid(c, centroid, centroidNorm, c.worthy || !anyWorthy);
            maxCosine = Math.max(maxCosine, c.cosine);
        }
        boolean hasTitle = !titleWords.isEmpty();
        double weightSum = hasTitle ? 1.0 : CENTRALITY_WEIGHT + LEAD_WEIGHT;
        for (Candidate c : candidates) {
            double centrality = maxCosine > 0 ? c.cosine / maxCosine : 0;
            double titleOverlap = hasTitle ? overlap(c.words, titleWords) : 0;
            double lead = 1.0 / (1.0 + c.worthyBefore / LEAD_HALF_LIFE);
            c.score = (CENTRALITY_WEIGHT * centrality + TITLE_WEIGHT * titleOverlap + LEAD_WEIGHT * lead) / weightSum;
        }
    }

    private static double cosineToCentroid(Candidate c, Map<String, Integer> centroid, double norm, boolean inCentroid) {
        if (c.words.isEmpty() || norm == 0) {
            return 0;
        }
        double dot = 0;
        for (String word : c.words) {
            int count = centroid.getOrDefault(word, 0);
            dot += inCentroid ? count - 1 : count;
        }
        return dot / (Math.sqrt(c.words.size()) * norm);
    }

    private static double overlap(Set<String> words, Set<String> titleWords) {
        int shared = 0;
        for (String word : titleWords) {
            if (words.contains(word)) {
                shared++;
            }
        }
        return (double) shared / titleWords.size();
    }

    private static boolean repeatsAny(Candidate candidate, List<Candidate> chosen) {
        for (Candidate other : chosen) {
            if (jaccard(candidate.words, other.words) > MAX_OVERLAP) {
                return true;
            }
        }
        return false;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : Words.tokens(text)) {
            if (token.length() >= 2 && hasLetter(token) && !StopWords.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One sentence of the article with what scoring needs to know about it. */
    private static final class Candidate {
        final Sentence sentence;
        final boolean worthy;
        final Set<String> words;
        final int worthyBefore;
        double cosine;
        double score;

        Candidate(Sentence sentence, boolean worthy, Set<String> words, int worthyBefore) {
            this.sentence = sentence;
            this.worthy = worthy;
            this.words = words;
            this.worthyBefore = worthyBefore;
        }
    }
}
