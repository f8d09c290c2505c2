package briefing.topics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the topic model is trained: one LibLinear L2-regularised logistic regression per topic ({@link PerTopicTrainer}).
 *
 * @param cost            the inverse of the L2 regularisation strength (C)
 * @param balanced        weight each topic's positives by negatives/positives, so a rare topic's words are learnt as
 *                        firmly as a common one's
 * @param seed            seeds the trainers and the threshold folds, so a retrain gives the same model
 * @param thresholdFolds  folds of the inner cross-validation that picks each topic's threshold
 * @param nbRatio         0 for none; else NB-LR, each topic's features scaled by its log-count ratios raised to this
 *                        exponent and L2-normalised again ({@link LogCountRatios})
 */
public record TopicModelSettings(double cost, boolean balanced, long seed, int thresholdFolds, double nbRatio) {
    static final String LIBLINEAR_DESCRIPTION = "per topic, a Tribuo LibLinearClassificationTrainer L2R_LR (one L2-regularised logistic "
            + "regression, the topic against the rest), the three over one feature map (the vocabulary), each saved as its own Tribuo model";
    public static final String NB_LR_DESCRIPTION = "NB-LR: per topic, a Tribuo LibLinearClassificationTrainer L2R_LR on the vector scaled by "
            + "the topic's log-count ratios and L2-normalised again, the three over one feature map (the vocabulary), each saved as its own "
            + "Tribuo model (whose predict() takes the scaled vector)";

    public static final TopicModelSettings DEFAULT = new TopicModelSettings(16.0, false, 20261122L, 5, 0);

    public TopicModelSettings {
        if (cost <= 0 || thresholdFolds < 2 || !(nbRatio >= 0) || Double.isInfinite(nbRatio)) {
            throw new IllegalArgumentException("invalid topic model settings: cost " + cost + ", threshold folds " + thresholdFolds
                    + ", nb ratio " + nbRatio);
        }
    }

    public TopicModelSettings withCost(double c) { return new TopicModelSettings(c, balanced, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withBalanced(boolean b) { return new TopicModelSettings(cost, b, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withSeed(long s) { return new TopicModelSettings(cost, balanced, s, thresholdFolds, nbRatio); }
    public TopicModelSettings withNbRatio(double beta) { return new TopicModelSettings(cost, balanced, seed, thresholdFolds, beta); }

    public boolean usesNbRatios() {
        return nbRatio > 0;
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trainer", usesNbRatios() ? NB_LR_DESCRIPTION : LIBLINEAR_DESCRIPTION);
        m.put("cost", cost);
        m.put("class_weights", balanced ? "balanced (each topic's positives weighted negatives/positives)" : "none");
        if (usesNbRatios()) {
            m.put("nb_ratios", "r = sign(l) |l|^beta, l = ln((p / |p|_1) / (q / |q|_1)), p and q = alpha + training articles "
                    + "with / without the topic that contain the term; features r o x / ||r o x||; saved in nb-ratios.f32");
            m.put("nb_alpha", LogCountRatios.ALPHA);
            m.put("nb_beta", nbRatio);
        }
        m.put("seed", seed);
        m.put("threshold_folds", thresholdFolds);
        return m;
    }
}
