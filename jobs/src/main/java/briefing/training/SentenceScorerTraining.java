package briefing.training;

import briefing.io.HadoopFiles;
import briefing.model.SummaryModel;
import briefing.summary.CorpusStatistics;
import briefing.summary.ScoredArticle;
import briefing.summary.ScoringWeights;
import briefing.summary.SentenceFeatures;
import briefing.summary.SentenceScorer;
import briefing.summary.Summarizer;
import briefing.summary.SummaryLength;
import briefing.summary.SummarySentence;
import briefing.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the summariser's sentence scorer on the labellers' picks and measures it the way it is used: in k-fold
 * cross-validation by article, the scorer trained on the other folds chooses each held-out article's 3-sentence
 * summary, which is compared with the labellers' picks, beside the clean Lead-3 and the hand-set scores.
 */
public final class SentenceScorerTraining {
    static final int SUMMARY_SENTENCES = 3;
    /** A word is a feature when this many training articles have it in a sentence the scorer sees: rarer words weigh little and cost loading time. */
    static final int MIN_WORD_ARTICLES = 10;

    /** An article as the summariser sees it, with every labeller's picks (positions). */
    public record PickedArticle(String id, String title, List<Sentence> sentences, ScoredArticle scored, List<Set<Integer>> picks) {}

    /** One way of choosing against the picks: mean share of a labeller's three it shares, and against Lead-3 per article. */
    public record SystemFigures(String system, double overlap, double exactShare, int moreThanLead3, int lessThanLead3,
                                int identicalToLead3) {}

    private final CorpusStatistics corpus;
    private final double cost;

    public SentenceScorerTraining(CorpusStatistics corpus, double cost) {
        if (!(cost > 0)) throw new IllegalArgumentException("the cost must be > 0");
        this.corpus = corpus;
        this.cost = cost;
    }

    /**
     * The picked articles, their sentences split as the job splits them; a pick whose sentence no longer has the text
     * it was made on (the splitter changed since) is refused.
     *
     * @param texts the (already cleaned) title and text by id
     */
    public List<PickedArticle> articles(Map<String, List<SentencePicks.Pick>> picks, Map<String, String[]> texts) {
        Summarizer handSet = new Summarizer(corpus, ScoringWeights.DEFAULT);
        briefing.text.SentenceSplitter splitter = new briefing.text.SentenceSplitter();
        List<PickedArticle> articles = new ArrayList<>();
        for (Map.Entry<String, List<SentencePicks.Pick>> e : picks.entrySet()) {
            String[] titleText = texts.get(e.getKey());
            if (titleText == null) throw new IllegalArgumentException("the picks name article " + e.getKey() + ", which no --corpus file holds");
            List<Sentence> sentences = splitter.split(titleText[1]);
            List<Set<Integer>> sets = new ArrayList<>();
            for (SentencePicks.Pick pick : e.getValue()) {
                Set<Integer> set = new TreeSet<>();
                for (int k = 0; k < pick.sentences().length; k++) {
                    int position = pick.sentences()[k];
                    if (position >= sentences.size() || !HadoopFiles.sha256(sentences.get(position).text()).startsWith(pick.sentenceSha256()[k])) {
                        throw new IllegalArgumentException("article " + e.getKey() + ": sentence " + position + " is not the one labeller "
                                + pick.labeller() + " picked (the sentence split has changed since): relabel it or drop it");
                    }
                    set.add(position);
                }
                sets.add(set);
            }
            articles.add(new PickedArticle(e.getKey(), titleText[0], sentences, handSet.score(titleText[0], sentences), sets));
        }
        return articles;
    }

    /**
     * One example per sentence that may be chosen and labeller: "picked" when that labeller picked it. Its features are
     * the sentence's {@link SentenceFeatures} and its words ({@link SentenceFeatures#words}) that occur in at least
     * {@value #MIN_WORD_ARTICLES} of the training articles.
     */
    public Model<Label> train(List<PickedArticle> articles) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("sentence picks", factory), factory);
        Set<String> kept = wordsInAtLeast(articles, MIN_WORD_ARTICLES);
        for (PickedArticle a : articles) {
            for (Set<Integer> picked : a.picks()) {
                for (int i = 0; i < a.scored().size(); i++) {
                    double[] features = a.scored().features(i);
                    if (features == null) continue;
                    String label = picked.contains(a.scored().sentence(i).position()) ? SummaryModel.PICKED : SummaryModel.NOT_PICKED;
                    List<String> words = new ArrayList<>();
                    for (String w : SentenceFeatures.words(a.scored().sentence(i).text())) if (kept.contains(w)) words.add(w);
                    data.add(SummaryModel.example(new Label(label), features, words));
                }
            }
        }
        var trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, 1000, 0.01, 1L);
        return trainer.train(data);
    }

    private static Set<String> wordsInAtLeast(List<PickedArticle> articles, int minArticles) {
        Map<String, Integer> articlesWith = new java.util.HashMap<>();
        for (PickedArticle a : articles) {
            Set<String> words = new java.util.HashSet<>();
            for (int i = 0; i < a.scored().size(); i++) {
                if (a.scored().features(i) != null) words.addAll(SentenceFeatures.words(a.scored().sentence(i).text()));
            }
            for (String w : words) articlesWith.merge(w, 1, Integer::sum);
        }
        Set<String> kept = new java.util.HashSet<>();
        articlesWith.forEach((w, n) -> {
            if (n >= minArticles) kept.add(w);
        });
        return kept;
    }

    /** Lead-3, the hand-set scores and the learnt scorer (k-fold by article id) against the labellers' picks. */
    public List<SystemFigures> crossValidate(List<PickedArticle> articles, int folds) {
        List<Set<Integer>> lead3 = new ArrayList<>();
        List<Set<Integer>> handSet = new ArrayList<>();
        List<Set<Integer>> learnt = new ArrayList<>(java.util.Collections.nCopies(articles.size(), (Set<Integer>) null));
        Summarizer hand = new Summarizer(corpus, ScoringWeights.DEFAULT);
        for (PickedArticle a : articles) {
            lead3.add(lead3(a.sentences()));
            handSet.add(chosen(hand, a.scored()));
        }
        for (int fold = 0; fold < folds; fold++) {
            List<PickedArticle> training = new ArrayList<>();
            for (PickedArticle a : articles) if (foldOf(a.id(), folds) != fold) training.add(a);
            SentenceScorer scorer = SummaryModel.scorerOf(train(training));
            Summarizer summarizer = new Summarizer(corpus, ScoringWeights.DEFAULT, scorer);
            for (int i = 0; i < articles.size(); i++) {
                PickedArticle a = articles.get(i);
                if (foldOf(a.id(), folds) == fold) learnt.set(i, chosen(summarizer, summarizer.score(a.title(), a.sentences())));
            }
        }
        return List.of(figures("clean Lead-3", lead3, lead3, articles), figures("hand-set scores (centrality, position, title)", handSet, lead3, articles),
                figures("learnt scorer (" + folds + "-fold by article)", learnt, lead3, articles));
    }

    static int foldOf(String id, int folds) {
        return Math.floorMod(id.hashCode(), folds);
    }

    private static Set<Integer> chosen(Summarizer summarizer, ScoredArticle scored) {
        Set<Integer> out = new TreeSet<>();
        for (SummarySentence s : summarizer.choose(scored, SummaryLength.sentences(SUMMARY_SENTENCES)).sentences()) out.add(s.position());
        return out;
    }

    /**
     * The clean Lead-3 of the blind reading ({@code research/summary-judging/judging.py lead3}) on the job's sentences:
     * the first three of 40 characters or more that end like a sentence.
     */
    static Set<Integer> lead3(List<Sentence> sentences) {
        Set<Integer> out = new TreeSet<>();
        for (Sentence s : sentences) {
            String t = s.text();
            if (t.length() >= 40 && ".!?\"'”’)".indexOf(t.charAt(t.length() - 1)) >= 0) out.add(s.position());
            if (out.size() == SUMMARY_SENTENCES) break;
        }
        return out;
    }

    private static SystemFigures figures(String name, List<Set<Integer>> chosen, List<Set<Integer>> lead3, List<PickedArticle> articles) {
        double overlap = 0;
        int exact = 0, labellings = 0, more = 0, less = 0, identical = 0;
        for (int i = 0; i < articles.size(); i++) {
            List<Set<Integer>> picks = articles.get(i).picks();
            int mine = 0, lead = 0;
            for (Set<Integer> p : picks) {
                mine += shared(chosen.get(i), p);
                lead += shared(lead3.get(i), p);
                if (chosen.get(i).equals(p)) exact++;
                labellings++;
            }
            overlap += mine / (double) (SUMMARY_SENTENCES * picks.size());
            if (mine > lead) more++;
            else if (mine < lead) less++;
            if (chosen.get(i).equals(lead3.get(i))) identical++;
        }
        return new SystemFigures(name, overlap / articles.size(), exact / (double) labellings, more, less, identical);
    }

    private static int shared(Set<Integer> a, Set<Integer> b) {
        int n = 0;
        for (int x : a) if (b.contains(x)) n++;
        return n;
    }

    /** Cohen's kappa of the first two labellers over every sentence of the articles both labelled: picked or not. */
    public static double kappa(List<PickedArticle> articles) {
        long both = 0, none = 0, onlyFirst = 0, onlySecond = 0;
        for (PickedArticle a : articles) {
            if (a.picks().size() < 2) continue;
            for (Sentence s : a.sentences()) {
                boolean p = a.picks().get(0).contains(s.position()), q = a.picks().get(1).contains(s.position());
                if (p && q) both++;
                else if (p) onlyFirst++;
                else if (q) onlySecond++;
                else none++;
            }
        }
        double n = both + none + onlyFirst + onlySecond;
        if (n == 0) return Double.NaN;
        double observed = (both + none) / n;
        double first = (both + onlyFirst) / n, second = (both + onlySecond) / n;
        double chance = first * second + (1 - first) * (1 - second);
        return (observed - chance) / (1 - chance);
    }

    /** The figures as model.json keeps them. */
    public static Map<String, Object> describe(List<SystemFigures> figures, int folds, double kappa) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("folds", folds);
        out.put("labeller_kappa", Math.round(kappa * 1000) / 1000.0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SystemFigures f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("system", f.system());
            row.put("overlap", Math.round(f.overlap() * 1000) / 1000.0);
            row.put("exact", Math.round(f.exactShare() * 1000) / 1000.0);
            row.put("more_than_lead3", f.moreThanLead3());
            row.put("less_than_lead3", f.lessThanLead3());
            row.put("identical_to_lead3", f.identicalToLead3());
            rows.add(row);
        }
        out.put("systems", rows);
        return out;
    }
}
