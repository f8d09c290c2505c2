package briefing.model;

import briefing.topics.PlattScaling;
import com.fasterxml.jackson.annotation.JsonInclude;
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
        // Left out when null: a release that reads format 2 refuses a model.json with a field it does not know.
        @JsonInclude(JsonInclude.Include.NON_NULL) String nbRatiosSha256) {

    /** Format 2 added {@code calibration}; a format-1 model (no calibration) still loads, its scores used as they are. */
    private static final int CALIBRATION_FORMAT = 2;
    /** Format 3 added {@code nb_ratios_sha256}, the checksum of the NB-LR ratios file (absent for a model without ratios). */
    private static final int NB_RATIOS_FORMAT = 3;
    /** The newest format this build reads. */
    public static final int NEWEST_FORMAT = NB_RATIOS_FORMAT;

    /**
     * The format a trained model is written in: the lowest that describes it, so that an older release still reads
     * a model it can use. A trained model is always calibrated.
     */
    public static int formatFor(boolean hasNbRatios) {
        return hasNbRatios ? NB_RATIOS_FORMAT : CALIBRATION_FORMAT;
    }

    /** @param labelCounts rows per topic, plus "none" */
    public record TrainingData(String path, String sha256, long rows, Map<String, Long> labelCounts) {}
}
