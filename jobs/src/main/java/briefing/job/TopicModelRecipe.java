package briefing.job;

import briefing.topics.LabelledVector;
import briefing.topics.TermVector;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicClassifier;
import briefing.topics.TopicModelSettings;
import briefing.topics.TopicTrainer;
import briefing.vectorize.TextVectorizer;
import briefing.vectorize.VectorizerSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/** The training recipe, whole: fit the MLlib vectoriser on the training rows, then train the Tribuo topic model on its vectors. */
public final class TopicModelRecipe {
    private final SparkSession spark;
    private final VectorizerSettings vectorizerSettings;
    private final TopicModelSettings topicSettings;

    public TopicModelRecipe(SparkSession spark, VectorizerSettings vectorizerSettings, TopicModelSettings topicSettings) {
        this.spark = spark;
        this.vectorizerSettings = vectorizerSettings;
        this.topicSettings = topicSettings;
    }

    public VectorizerSettings vectorizerSettings() { return vectorizerSettings; }
    public TopicModelSettings topicSettings() { return topicSettings; }

    public record Fitted(PipelineModel vectorizer, TopicClassifier classifier) {}

    public Fitted fit(List<LabelledArticle> training, String dataDescription) {
        PipelineModel vectorizer = TextVectorizer.fit(vectorizerSettings, DriverVectors.toDataFrame(spark, training));
        List<TermVector> vectors = DriverVectors.of(spark, vectorizer, training);
        List<LabelledVector> examples = new ArrayList<>(training.size());
        for (int i = 0; i < training.size(); i++) {
            examples.add(new LabelledVector(training.get(i).id(), vectors.get(i), training.get(i).topics()));
        }
        return new Fitted(vectorizer, new TopicTrainer(topicSettings).train(examples, dataDescription));
    }

    /** Scores and labels articles with a fitted recipe, in the list's order. */
    public List<TopicAssignment> assign(Fitted fitted, List<LabelledArticle> articles) {
        List<TopicAssignment> assignments = new ArrayList<>(articles.size());
        for (TermVector vector : DriverVectors.of(spark, fitted.vectorizer(), articles)) {
            assignments.add(fitted.classifier().classify(vector));
        }
        return assignments;
    }
}
