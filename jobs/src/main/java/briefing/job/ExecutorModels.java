package briefing.job;

import briefing.vectorize.ArticleVectorizer;
import briefing.topics.TopicClassifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;

/**
 * Deserialises each broadcast topic model once per executor JVM and shares it, with the vectoriser it is aligned
 * to, between that executor's tasks. The two come from the same copy of the payload, so the classifier's id-aligned
 * weights and the vectoriser's ids index the same vocabulary array.
 */
final class ExecutorModels {
    record Scoring(ArticleVectorizer vectorizer, TopicClassifier classifier) {}

    private static final Map<Long, Scoring> MODELS = new ConcurrentHashMap<>();

    private ExecutorModels() {}

    static Scoring of(Broadcast<ModelPayload> payload) {
        return MODELS.computeIfAbsent(payload.id(), id -> {
            ModelPayload p = payload.value();
            TopicClassifier classifier = TopicClassifier.fromProtobuf(p.topicModelProtobuf(), p.thresholds(), p.calibration());
            return new Scoring(p.vectorizer(), classifier.alignedTo(p.vectorizer().vocabulary()));
        });
    }
}
