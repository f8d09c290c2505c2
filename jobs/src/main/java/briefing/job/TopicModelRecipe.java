package briefing.job;

import briefing.topics.Folds;
import briefing.topics.LabelledVector;
import briefing.topics.TermVector;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicClassifier;
import briefing.topics.TopicModelSettings;
import briefing.topics.TopicTrainer;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.TextVectorizer;
import briefing.vectorize.VectorizerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/** The training recipe, whole: fit the MLlib vectoriser on the training rows, then train the Tribuo topic model on its vectors. */
public final class TopicModelRecipe {
    private final SparkSession spark;
    private final VectorizerSettings vectorizerSettings;
    private final TopicModelSettings topicSettings;
    private final IdfCorpus idfCorpus;

    public TopicModelRecipe(SparkSession spark, VectorizerSettings vectorizerSettings, TopicModelSettings topicSettings) {
        this(spark, vectorizerSettings, topicSettings, IdfCorpus.NONE);
    }

    /** @param idfCorpus unlabelled articles whose document frequencies join the training rows' in the IDF */
    public TopicModelRecipe(SparkSession spark, VectorizerSettings vectorizerSettings, TopicModelSettings topicSettings, IdfCorpus idfCorpus) {
        this.spark = spark;
        this.vectorizerSettings = vectorizerSettings;
        this.topicSettings = topicSettings;
        this.idfCorpus = idfCorpus;
    }

    public VectorizerSettings vectorizerSettings() { return vectorizerSettings; }
    public TopicModelSettings topicSettings() { return topicSettings; }
    public IdfCorpus idfCorpus() { return idfCorpus; }

    /** The vectoriser's settings and where its IDF comes from, for the model card. */
    public Map<String, Object> describeVectorizer() {
        Map<String, Object> m = new LinkedHashMap<>(vectorizerSettings.describe());
        m.putAll(idfCorpus.describe());
        return m;
    }

    /** As {@link #describeVectorizer()}, with the number of corpus articles the IDF was fitted with (reads the corpus). */
    public Map<String, Object> describeFittedVectorizer() {
        Map<String, Object> m = describeVectorizer();
        if (!idfCorpus.isEmpty()) m.put("idf_corpus_articles", idfCorpus.size());
        return m;
    }

    /** The same recipe with the labelled rows left out of the IDF corpus (all of them, held out or not). */
    public TopicModelRecipe excludingFromCorpus(List<LabelledArticle> labelled) {
        if (idfCorpus.isEmpty()) return this;
        List<String> ids = new ArrayList<>(labelled.size());
        for (LabelledArticle a : labelled) ids.add(a.id());
        return new TopicModelRecipe(spark, vectorizerSettings, topicSettings, idfCorpus.without(ids));
    }

    public record Fitted(PipelineModel vectorizer, TopicClassifier classifier) {}

    public Fitted fit(List<LabelledArticle> training, String dataDescription) {
        return fit(training, List.of(), dataDescription);
    }

    /**
     * @param fitOnly labelled rows that join the training rows in fitting the vectoriser and the models, but not in the
     *                calibration and thresholds (see {@link TopicTrainer#train(List, List, String[], String)})
     */
    public Fitted fit(List<LabelledArticle> training, List<LabelledArticle> fitOnly, String dataDescription) {
        PipelineModel vectorizer = TextVectorizer.fit(vectorizerSettings, DriverVectors.toDataFrame(spark, Folds.joined(training, fitOnly)), idfCorpus);
        List<LabelledVector> examples = examples(vectorizer, training);
        String[] vocabulary = TextVectorizer.vocabulary(vectorizer);
        return new Fitted(vectorizer, new TopicTrainer(topicSettings).train(examples, examples(vectorizer, fitOnly), vocabulary, dataDescription));
    }

    private List<LabelledVector> examples(PipelineModel vectorizer, List<LabelledArticle> articles) {
        if (articles.isEmpty()) return List.of();
        List<TermVector> vectors = DriverVectors.of(spark, vectorizer, articles);
        List<LabelledVector> examples = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            examples.add(new LabelledVector(articles.get(i).id(), vectors.get(i), articles.get(i).topics()));
        }
        return examples;
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
