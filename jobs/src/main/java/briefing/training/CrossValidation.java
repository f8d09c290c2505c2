package briefing.training;

import briefing.topics.Folds;
import briefing.topics.OutOfFoldScores;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Held-out evaluation of the whole training recipe: in each split the vectoriser (vocabulary, IDF), the model, its
 * calibration and its thresholds are fitted on the other rows only, then the held-out rows are labelled. Two ways to
 * hold rows out: K random stratified folds, or a time split (train on the past, test on the later articles), which
 * is what a model trained today meets tomorrow. Figures are pooled over all held-out rows, and given per corpus too.
 */
public final class CrossValidation {
    private final TopicModelRecipe recipe;

    /**
     * @param evaluation      the pooled figures
     * @param heldOut         every held-out row's calibrated scores from the model that held it out
     * @param foldThresholds  the thresholds each split's model chose
     * @param byCorpus        the figures of each corpus's held-out rows (id prefix: allsides, reuters, ...) and of each
     *                        labels file's, e.g. {@code file topics.jsonl}
     */
    public record Result(TopicEvaluation evaluation, OutOfFoldScores heldOut, List<Map<String, Double>> foldThresholds,
                         Map<String, TopicEvaluation> byCorpus) {
        /** A table of macro-F1 and each topic's F1 per corpus, as printed by {@code evaluate}. */
        public String byCorpusTable() {
            StringBuilder sb = new StringBuilder("| corpus or labels file | articles | sanctions F1 | human_rights F1 | diplomacy F1 | macro-F1 |\n|---|---:|---:|---:|---:|---:|\n");
            byCorpus.forEach((corpus, e) -> sb.append(String.format("| %s | %d | %s | %s | %s | %.3f |%n", corpus, e.articles(),
                    f1(e, "sanctions"), f1(e, "human_rights"), f1(e, "diplomacy"), e.macroF1())));
            return sb.toString();
        }

        private static String f1(TopicEvaluation e, String topic) {
            TopicEvaluation.TopicFigures f = e.perTopic().get(topic);
            return f.support() == 0 ? "-" : String.format("%.3f", f.f1());
        }
    }

    public CrossValidation(TopicModelRecipe recipe) {
        this.recipe = recipe;
    }

    public Result run(List<LabelledArticle> articles, int folds, long seed) {
        return run(articles, List.of(), folds, seed);
    }

    /**
     * K-fold stratified cross-validation.
     * @param fitOnly rows that join every fold's training rows but are never held out: the figures are those of
     *                {@code articles} alone, so they compare with a run without them on the same folds
     */
    public Result run(List<LabelledArticle> articles, List<LabelledArticle> fitOnly, int folds, long seed) {
        List<String> strata = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) strata.add(Folds.stratum(a.topics()));
        return heldOut(articles, fitOnly, Folds.assign(strata, folds, seed), "cross-validation fold %d of " + folds);
    }

    /**
     * The time split: train on the rows published up to {@code lastTrainingDate} (and on undated rows, the 1987-2005
     * labelled set), test on the rows published after it.
     */
    public Result timeSplit(List<LabelledArticle> articles, List<LabelledArticle> fitOnly, LocalDate lastTrainingDate) {
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            LocalDate date = articles.get(i).date();
            if (date != null && date.isAfter(lastTrainingDate)) later.add(i);
        }
        if (later.isEmpty() || later.size() == articles.size()) {
            throw new IllegalArgumentException("the time split at " + lastTrainingDate + " leaves " + later.size() + " of "
                    + articles.size() + " rows to test: it needs rows on both sides");
        }
        return heldOut(articles, fitOnly, List.of(later), "time split at " + lastTrainingDate + " (%d)");
    }

    private Result heldOut(List<LabelledArticle> articles, List<LabelledArticle> fitOnly, List<List<Integer>> splits, String splitName) {
        TopicModelRecipe recipe = this.recipe.excludingFromCorpus(Folds.joined(articles, fitOnly));
        List<Set<String>> truth = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        List<Map<String, Double>> scores = new ArrayList<>();
        List<String> corpora = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<Map<String, Double>> foldThresholds = new ArrayList<>();
        TopicModelRecipe.Fitted last = null;
        int split = 0;
        for (List<Integer> heldOutIndices : splits) {
            List<LabelledArticle> heldOut = Folds.select(articles, heldOutIndices);
            String name = String.format(splitName, ++split);
            last = recipe.fit(Folds.without(articles, heldOutIndices), fitOnly, name);
            foldThresholds.add(last.classifier().thresholds());
            for (TopicAssignment assignment : recipe.assign(last, heldOut)) {
                predicted.add(assignment.topics());
                scores.add(assignment.scores());
            }
            for (LabelledArticle a : heldOut) {
                truth.add(a.topics());
                corpora.add(a.corpus());
                files.add(a.labelsFile() == null ? "(no file)" : "file " + a.labelsFile());
            }
            System.err.printf("%s done (%d held out)%n", name, heldOut.size());
        }
        Map<String, TopicEvaluation> byCorpus = new LinkedHashMap<>();
        for (List<String> keys : List.of(corpora, files)) {
            new TreeMap<>(groupIndices(keys)).forEach((group, rows) ->
                    byCorpus.put(group, TopicEvaluation.of(Folds.select(truth, rows), Folds.select(predicted, rows))));
        }
        return new Result(TopicEvaluation.of(truth, predicted), new OutOfFoldScores(scores, truth), List.copyOf(foldThresholds),
                byCorpus);
    }

    private static Map<String, List<Integer>> groupIndices(List<String> keys) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) groups.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        return groups;
    }
}
