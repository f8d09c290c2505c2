package briefing.summary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic-focused summaries: for a topic, the article's sentences the topic model itself finds most about that topic.
 *
 * <p>The topic model is linear: an article's score for a topic grows with {@code sum over terms of w(term) * x(term)},
 * {@code x} the article's L2-normalised TF-IDF vector. A sentence is scored the same way, with its own TF-IDF vector
 * ({@link SentenceVector}, the same terms, weighting and IDF as the model's vectoriser) and the model's learnt
 * coefficients {@code w}: the part of the model's evidence that the sentence carries. (An NB-LR model's coefficients
 * here are its effective ones, {@code w ∘ r}; its score also divides by the article's {@code ||r ∘ x||}, which is the
 * same for every sentence of the article and so does not change which sentences rank first.) The coefficients are learnt
 * from the labelled articles, so nothing here is a hand-written keyword list, and a retrained model brings its own.
 * Sentences with positive evidence are taken best first under the summariser's own rules ({@link SummarySelection}:
 * within the summary's length, no page furniture, no near-repeats, no sentence that refers back without the one it
 * refers to, no half of a quote), and returned in article order. A topic for which no sentence carries positive evidence gets no entry.
 *
 * @param termWeights topic to the model's coefficient of each vocabulary term (terms as {@link briefing.text.Terms} cuts them)
 */
public record TopicFocus(Map<String, Map<String, Double>> termWeights) implements Serializable {
    public TopicFocus {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        termWeights.forEach((topic, weights) -> copy.put(topic, new HashMap<>(weights)));
        termWeights = copy;
    }

    public static TopicFocus none() {
        return new TopicFocus(Map.of());
    }

    /** For each topic, its focused summary: chosen sentences joined by a space. */
    public Map<String, String> summaries(ScoredArticle article, List<String> topics, SummaryLength length, CorpusStatistics corpus) {
        Map<String, String> result = new LinkedHashMap<>();
        if (topics.isEmpty() || article.size() == 0) {
            return result;
        }
        SentenceVector[] vectors = new SentenceVector[article.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = article.furniture(i) ? SentenceVector.EMPTY : SentenceVector.of(article.sentence(i).text(), corpus, 1.0);
        }
        for (String topic : topics) {
            Map<String, Double> weights = termWeights.get(topic);
            if (weights == null) continue;
            List<Integer> chosen = choose(article, vectors, weights, length);
            if (chosen.isEmpty()) continue;
            StringBuilder text = new StringBuilder();
            for (int i : chosen) {
                if (text.length() > 0) text.append(' ');
                text.append(article.sentence(i).text());
            }
            result.put(topic, text.toString());
        }
        return result;
    }

    private static List<Integer> choose(ScoredArticle article, SentenceVector[] vectors, Map<String, Double> weights, SummaryLength length) {
        int n = article.size();
        double[] evidence = new double[n];
        List<Integer> ranking = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            evidence[i] = vectors[i].dot(weights);
            if (evidence[i] > 0 && article.worthy(i)) ranking.add(i);
        }
        ranking.sort(Comparator.comparingDouble((Integer i) -> -evidence[i]).thenComparingInt(i -> i));
        SummarySelection selection = new SummarySelection(article, length);
        for (int i : ranking) {
            if (selection.full()) break;
            if (selection.canAdd(i) && selection.redundancy(i) <= Summarizer.MAX_SIMILARITY) selection.add(i);
        }
        return selection.inArticleOrder();
    }
}
