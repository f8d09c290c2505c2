package briefing.training;

import briefing.topics.Folds;
import briefing.topics.LabelledVector;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicClassifier;
import briefing.topics.TopicModelSettings;
import briefing.topics.TopicTrainer;
import briefing.vectorize.ArticleVectorizer;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.SavedPipeline;
import briefing.vectorize.TextVectorizer;
import briefing.vectorize.VectorizerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The training recipe, whole: fit the MLlib vectoriser on the training rows, then train the Tribuo topic model on the
 * vectors of that vectoriser as the nightly job applies it ({@link SavedPipeline#of}, the plain-Java reading of its
 * stages), so a model is trained, cross-validated and scored on the same vectors.
 */
public final class TopicModelRecipe {
    private static final StructType ARTICLE = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);
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

    /**
     * @param pipeline   the fitted MLlib pipeline, as the model saves it
     * @param vectorizer that pipeline as the nightly job scores with it ({@link SavedPipeline}): the training and
     *                   held-out vectors are cut with it
     * @param classifier laid out by the vectoriser's vocabulary
     */
    public record Fitted(PipelineModel pipeline, ArticleVectorizer vectorizer, TopicClassifier classifier) {}

    public Fitted fit(List<LabelledArticle> training, String dataDescription) {
        return fit(training, List.of(), dataDescription);
    }

    /**
     * @param fitOnly labelled rows that join the training rows in fitting the vectoriser and the models, but not in the
     *                calibration and thresholds (see {@link TopicTrainer#train(List, List, String)})
     */
    public Fitted fit(List<LabelledArticle> training, List<LabelledArticle> fitOnly, String dataDescription) {
        PipelineModel pipeline = TextVectorizer.fit(vectorizerSettings, articles(Folds.joined(training, fitOnly)), idfCorpus);
        ArticleVectorizer vectorizer = SavedPipeline.of(pipeline).vectorizer();
        TopicClassifier classifier = new TopicTrainer(topicSettings).train(examples(vectorizer, training), examples(vectorizer, fitOnly), dataDescription);
        return new Fitted(pipeline, vectorizer, classifier);
    }

    /**
     * The articles as the rows the pipeline is fitted on: id, title, text. In one partition, as always: the
     * vocabulary's cut among terms of equal frequency follows the rows' order.
     */
    private Dataset<Row> articles(List<LabelledArticle> articles) {
        List<Row> rows = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) rows.add(RowFactory.create(a.id(), a.title(), a.text()));
        return spark.createDataFrame(rows, ARTICLE).coalesce(1);
    }

    private static List<LabelledVector> examples(ArticleVectorizer vectorizer, List<LabelledArticle> articles) {
        List<LabelledVector> examples = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) examples.add(new LabelledVector(a.id(), vectorizer.vectorise(a.title(), a.text()), a.topics()));
        return examples;
    }

    /** Scores and labels articles with a fitted recipe, in the list's order. */
    public List<TopicAssignment> assign(Fitted fitted, List<LabelledArticle> articles) {
        List<TopicAssignment> assignments = new ArrayList<>(articles.size());
        for (LabelledArticle a : articles) assignments.add(fitted.classifier().classify(fitted.vectorizer().vectorise(a.title(), a.text())));
        return assignments;
    }
}
