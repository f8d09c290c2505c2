package briefing.training;

import briefing.model.ModelBundle;
import briefing.topics.TopicEvaluation;
import briefing.vectorize.IdfCorpus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * {@code briefing evaluate}: figures of a saved model on labelled files, or of the training recipe held out by
 * K-fold cross-validation and by a time split.
 */
public final class Evaluation {
    private final SparkSession spark;

    public Evaluation(SparkSession spark) {
        this.spark = spark;
    }

    /** The labelled rows and the fit-only rows a recipe is evaluated on. */
    public record Rows(List<LabelledArticle> labelled, ExtraLabels extras) {}

    /** @param corpus where label rows without text find it by id */
    public TopicEvaluation ofModel(String labelsPaths, String modelDir, IdfCorpus corpus) {
        ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, modelDir));
        List<LabelledArticle> articles = LabelledArticles.read(spark, labelsPaths, corpus);
        List<Set<String>> truth = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (LabelledArticle a : articles) {
            truth.add(a.topics());
            predicted.add(model.classifier().classify(model.pipeline().vectorizer().vectorise(a.title(), a.text())).topics());
        }
        return TopicEvaluation.of(truth, predicted);
    }

    /** @param extraLabelsPath labels of corpus articles that join every split's training rows ({@link ExtraLabels}); null for none */
    public Rows read(String labelsPaths, String extraLabelsPath, TopicModelRecipe recipe) throws IOException {
        List<LabelledArticle> articles = LabelledArticles.read(spark, labelsPaths, recipe.idfCorpus());
        return new Rows(articles, ExtraLabels.readOrNone(spark, extraLabelsPath, recipe.idfCorpus(), articles));
    }

    public CrossValidation.Result ofRecipe(Rows rows, TopicModelRecipe recipe, int folds) {
        return new CrossValidation(recipe).run(rows.labelled(), rows.extras().articles(), folds, recipe.topicSettings().seed());
    }

    public CrossValidation.Result ofRecipeOverTime(Rows rows, TopicModelRecipe recipe, LocalDate lastTrainingDate) {
        return new CrossValidation(recipe).timeSplit(rows.labelled(), rows.extras().articles(), lastTrainingDate);
    }
}
