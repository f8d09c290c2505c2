package briefing.job;

import briefing.topics.TopicClassifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;

/** Deserialises each broadcast topic model once per executor JVM and shares it between that executor's tasks. */
final class ExecutorModels {
    private static final Map<Long, TopicClassifier> CLASSIFIERS = new ConcurrentHashMap<>();

    private ExecutorModels() {}

    static TopicClassifier classifier(Broadcast<ModelPayload> payload) {
        return CLASSIFIERS.computeIfAbsent(payload.id(), id -> {
            ModelPayload p = payload.value();
            return TopicClassifier.fromProtobuf(p.topicModelProtobuf(), p.thresholds(), p.calibration());
        });
    }
}
