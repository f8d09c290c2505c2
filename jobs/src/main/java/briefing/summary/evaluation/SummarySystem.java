package briefing.summary.evaluation;

import briefing.summary.ScoredArticle;
import briefing.summary.Summarizer;
import briefing.summary.Summary;
import briefing.summary.SummaryLength;
import briefing.summary.SummarySentence;
import briefing.summary.SentenceVector;
import briefing.summary.CorpusStatistics;
import briefing.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A way of choosing an article's summary sentences, given the length budget: the baselines, the oracle and the summariser. */
public interface SummarySystem {
    String name();

    /** Indices of the chosen sentences, in article order. */
    List<Integer> choose(ReferenceArticle article, List<Sentence> sentences, int[] words, List<Integer> reference, SummaryLength length);

    /** The summariser with given weights. */
    static SummarySystem summarizer(String name, Summarizer summarizer) {
        return new SummarySystem() {
            public String name() { return name; }

            public List<Integer> choose(ReferenceArticle article, List<Sentence> sentences, int[] words, List<Integer> reference, SummaryLength length) {
                ScoredArticle scored = summarizer.score(article.title(), sentences);
                Summary summary = summarizer.choose(scored, length);
                List<Integer> chosen = new ArrayList<>();
                for (SummarySentence s : summary.sentences()) chosen.add(s.position());
                return chosen;
            }
        };
    }

    /** The article's first sentences up to the budget. */
    static SummarySystem lead() {
        return new SummarySystem() {
            public String name() { return "Lead"; }

            public List<Integer> choose(ReferenceArticle article, List<Sentence> sentences, int[] words, List<Integer> reference, SummaryLength length) {
                List<Integer> ranking = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) ranking.add(i);
                return inRankOrder(ranking, words, length);
            }
        };
    }

    /** Plain TF-IDF centroid summariser: sentences ranked by cosine to the article's TF-IDF centroid. */
    static SummarySystem centroid(CorpusStatistics corpus) {
        return new SummarySystem() {
            public String name() { return "TF-IDF centroid"; }

            public List<Integer> choose(ReferenceArticle article, List<Sentence> sentences, int[] words, List<Integer> reference, SummaryLength length) {
                List<SentenceVector> vectors = new ArrayList<>();
                for (Sentence s : sentences) vectors.add(SentenceVector.of(s.text(), corpus));
                SentenceVector centroid = SentenceVector.centroidOf(vectors);
                double[] cosine = new double[sentences.size()];
                List<Integer> ranking = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    cosine[i] = vectors.get(i).cosine(centroid);
                    ranking.add(i);
                }
                ranking.sort(Comparator.comparingDouble((Integer i) -> -cosine[i]).thenComparingInt(i -> i));
                return inRankOrder(ranking, words, length);
            }
        };
    }

    /** The reference's own sentences first: the best any extractive system can do at this length, by the reference's lights. */
    static SummarySystem oracle() {
        return new SummarySystem() {
            public String name() { return "Oracle (reference sentences)"; }

            public List<Integer> choose(ReferenceArticle article, List<Sentence> sentences, int[] words, List<Integer> reference, SummaryLength length) {
                List<Integer> ranking = new ArrayList<>(reference);
                for (int i = 0; i < sentences.size(); i++) if (!reference.contains(i)) ranking.add(i);
                return inRankOrder(ranking, words, length);
            }
        };
    }

    /** The same budget rule as the summariser's: best first, skipping a sentence that would overflow. */
    static List<Integer> inRankOrder(List<Integer> ranking, int[] words, SummaryLength length) {
        List<Integer> chosen = new ArrayList<>();
        int chosenWords = 0;
        for (int i : ranking) {
            if (length.full(chosen.size(), chosenWords, words.length)) break;
            if (length.fits(chosen.size(), chosenWords, words[i], words.length)) {
                chosen.add(i);
                chosenWords += words[i];
            }
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }
}
