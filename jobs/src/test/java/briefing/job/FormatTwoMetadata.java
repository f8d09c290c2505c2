package briefing.job;

import briefing.model.ModelMetadata;
import briefing.topics.PlattScaling;
import java.util.Map;

/**
 * model.json as the releases that read format 2 (before NB-LR) declared it. Read with the project's mapper, which
 * refuses fields it does not know, it shows whether such a release can read a model.json.
 */
record FormatTwoMetadata(
        int formatVersion,
        String modelVersion,
        String createdAt,
        String sparkVersion,
        String tribuoVersion,
        Map<String, Object> vectorizer,
        Map<String, Object> topicModel,
        Map<String, Double> thresholds,
        Map<String, PlattScaling> calibration,
        ModelMetadata.TrainingData trainingData,
        int vocabularySize,
        String vocabularySha256,
        String topicModelSha256,
        Map<String, Object> crossValidation) {}
