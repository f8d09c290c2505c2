package briefing.model;

import briefing.topics.PlattScaling;
import java.util.Map;

/**
 * What {@code model.json} records about a trained model: enough to refuse a model that does not fit this build,
 * and to rebuild it.
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
        String topicModelSha256,
        Map<String, Object> crossValidation,
        String nbRatiosSha256) {

    /**
     * 2 added {@code calibration}; a version-1 model (no calibration) still loads, its scores used as they are.
     * 3 added {@code nb_ratios_sha256}, the checksum of the NB-LR ratios file (null for a model without ratios).
     */
    public static final int FORMAT_VERSION = 3;

    /** @param labelCounts rows per topic, plus "none" */
    public record TrainingData(String path, String sha256, long rows, Map<String, Long> labelCounts) {}
}
