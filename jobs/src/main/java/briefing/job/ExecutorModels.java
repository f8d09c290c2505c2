package briefing.job;

import briefing.vectorize.ArticleVectorizer;
import briefing.topics.LogCountRatios;
import briefing.topics.TopicClassifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;

/**
 * Deserialises each broadcast topic model once per executor JVM and shares it, with the vectoriser it is aligned
 * to, between that executor's tasks. The two come from the same copy of the payload, so the classifier's id-aligned
 * weights and the vectoriser's ids index the same vocabulary array.
 */
final class ExecutorModels {
    record Scoring(ArticleVectorizer vectorizer, TopicClassifier classifier) {}

    /** Models of the broadcasts seen most recently; an older run's models are dropped, not kept for the JVM's life. */
    private static final int KEPT = 2;
    private static final Map<String, Scoring> MODELS = new LinkedHashMap<>();

    private ExecutorModels() {}

    /** @param runId keys the cache: broadcast ids start again with every SparkContext, run ids do not repeat */
    static synchronized Scoring of(String runId, Broadcast<ModelPayload> payload) {
        Scoring scoring = MODELS.get(runId);
        if (scoring == null) {
            ModelPayload p = payload.value();
            String[] vocabulary = p.vectorizer().vocabulary();
            LogCountRatios ratios = p.nbRatios() == null ? null : LogCountRatios.fromBytes(p.nbRatios(), vocabulary);
            TopicClassifier classifier = TopicClassifier.fromProtobuf(p.topicModelProtobuf(), ratios, p.thresholds(), p.calibration());
            scoring = new Scoring(p.vectorizer(), classifier.alignedTo(vocabulary));
            MODELS.put(runId, scoring);
            while (MODELS.size() > KEPT) MODELS.remove(MODELS.keySet().iterator().next());
        }
        return scoring;
    }
}
