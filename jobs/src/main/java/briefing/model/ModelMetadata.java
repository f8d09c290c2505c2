package briefing.model;

import briefing.topics.PlattScaling;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What {@code model.json} records about a trained model: enough to refuse a model that does not fit this build,
 * to check every file of it, and to rebuild it.
 *
 * @param filesSha256   every file of the model directory (path inside it) and its SHA-256: each is checked on load
 * @param convertedFrom how a model was carried over from an earlier format with the same weights; null for a trained one
 */
public record ModelMetadata(
        int formatVersion,
        String modelVersion,
        String createdAt,
        String sparkVersion,
        String tribuoVersion,
        Map<String, Object> vectorizer,
        Map<String, Object> topicModel,
        Map<String, Double> thresholds,
        Map<String, PlattScaling> calibration,
        TrainingData trainingData,
        int vocabularySize,
        String vocabularySha256,
        Map<String, String> filesSha256,
        Map<String, Object> crossValidation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String convertedFrom) {

    /**
     * The format this build writes and reads: one gzipped Tribuo protobuf per topic, every file checksummed. Formats 1
     * to 3 (one Tribuo multi-label model) are no longer read: such a version is rebuilt from its card.
     */
    public static final int FORMAT = 4;

    /** @param labelCounts rows per topic, plus "none" */
    public record TrainingData(String path, String sha256, long rows, Map<String, Long> labelCounts) {}
}
