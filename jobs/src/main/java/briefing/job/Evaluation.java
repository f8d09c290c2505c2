package briefing.job;

import briefing.model.ModelBundle;
import briefing.topics.TermVector;
import briefing.topics.TopicEvaluation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/** {@code briefing evaluate}: figures of a saved model on a labelled file, or of the training recipe by cross-validation. */
public final class Evaluation {
    private final SparkSession spark;

    public Evaluation(SparkSession spark) {
        this.spark = spark;
    }

    public TopicEvaluation ofModel(String labelsPath, String modelDir) {
        ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, modelDir));
        List<LabelledArticle> articles = LabelledArticles.read(spark, labelsPath);
        List<TermVector> vectors = DriverVectors.of(spark, model.vectorizer(), articles);
        List<Set<String>> truth = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            truth.add(articles.get(i).topics());
            predicted.add(model.classifier().classify(vectors.get(i)).topics());
        }
        return TopicEvaluation.of(model.classifier().tribuoModel(), truth, predicted);
    }

    /** @param extraLabelsPath labels of corpus articles that join every fold's training rows ({@link ExtraLabels}); null for none */
    public CrossValidation.Result ofRecipe(String labelsPath, String extraLabelsPath, TopicModelRecipe recipe, int folds) throws IOException {
        List<LabelledArticle> articles = LabelledArticles.read(spark, labelsPath);
        ExtraLabels extras = ExtraLabels.readOrNone(spark, extraLabelsPath, recipe.idfCorpus(), articles);
        return new CrossValidation(recipe).run(articles, extras.articles(), folds, recipe.topicSettings().seed());
    }
}
