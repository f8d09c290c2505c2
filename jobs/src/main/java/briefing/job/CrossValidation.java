package briefing.job;

import briefing.topics.Folds;
import briefing.topics.OutOfFoldScores;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * K-fold cross-validation of the whole training recipe: in each fold the vectoriser (vocabulary, IDF), the model,
 * its calibration and its thresholds are fitted on the other folds only, then the held-out fold is labelled.
 * Figures are pooled over all held-out rows.
 */
public final class CrossValidation {
    private final TopicModelRecipe recipe;

    /**
     * @param evaluation      the pooled figures
     * @param heldOut         every row's calibrated scores from the fold that held it out
     * @param foldThresholds  the thresholds each fold's model chose
     */
    public record Result(TopicEvaluation evaluation, OutOfFoldScores heldOut, List<Map<String, Double>> foldThresholds) {}

    public CrossValidation(TopicModelRecipe recipe) {
        this.recipe = recipe;
    }

    public Result run(List<LabelledArticle> articles, int folds, long seed) {
        return run(articles, List.of(), folds, seed);
    }

    /**
     * @param fitOnly rows that join every fold's training rows but are never held out: the figures are those of
     *                {@code articles} alone, so they compare with a run without them on the same folds
     */
    public Result run(List<LabelledArticle> articles, List<LabelledArticle> fitOnly, int folds, long seed) {
        TopicModelRecipe recipe = this.recipe.excludingFromCorpus(Folds.joined(articles, fitOnly));
        List<String> strata = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) strata.add(Folds.stratum(a.topics()));
        List<Set<String>> truth = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        List<Map<String, Double>> scores = new ArrayList<>();
        List<Map<String, Double>> foldThresholds = new ArrayList<>();
        TopicModelRecipe.Fitted last = null;
        int fold = 0;
        for (List<Integer> heldOutIndices : Folds.assign(strata, folds, seed)) {
            List<LabelledArticle> heldOut = Folds.select(articles, heldOutIndices);
            last = recipe.fit(Folds.without(articles, heldOutIndices), fitOnly, "cross-validation fold " + (++fold) + " of " + folds);
            foldThresholds.add(last.classifier().thresholds());
            for (TopicAssignment assignment : recipe.assign(last, heldOut)) {
                predicted.add(assignment.topics());
                scores.add(assignment.scores());
            }
            for (LabelledArticle a : heldOut) truth.add(a.topics());
            System.err.printf("fold %d/%d done (%d held out)%n", fold, folds, heldOut.size());
        }
        return new Result(TopicEvaluation.of(last.classifier().tribuoModel(), truth, predicted), new OutOfFoldScores(scores, truth),
                List.copyOf(foldThresholds));
    }
}
