package briefing.topics;

import java.util.List;
import java.util.Map;

/**
 * What the topic model says of one article.
 *
 * @param scores  a score in [0, 1] for every topic
 * @param topics  the topics whose score reaches their threshold, highest score first
 */
public record TopicAssignment(Map<String, Double> scores, List<String> topics) {
    /** The highest-scoring assigned topic, or null when the article is about none of them. */
    public String primaryTopic() {
        return topics.isEmpty() ? null : topics.get(0);
    }
}
