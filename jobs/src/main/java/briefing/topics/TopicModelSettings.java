package briefing.topics;

import briefing.param.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the topic model is trained: one LibLinear L2-regularised logistic regression per topic ({@link PerTopicTrainer}).
 * Each setting a flag sets is declared once, as a {@link Param}: its flag, help, check, default and entry in a model's
 * settings.
 *
 * @param cost            the inverse of the L2 regularisation strength (C)
 * @param balanced        weight each topic's positives by negatives/positives, so a rare topic's words are learnt as
 *                        firmly as a common one's
 * @param seed            seeds the trainers and the folds (the threshold folds here, the outer folds of an evaluation),
 *                        so a retrain gives the same model
 * @param thresholdFolds  folds of the inner cross-validation that picks each topic's threshold
 * @param nbRatio         0 for none; else NB-LR, each topic's features scaled by its log-count ratios raised to this
 *                        exponent and L2-normalised again ({@link LogCountRatios})
 */
public record TopicModelSettings(double cost, boolean balanced, long seed, int thresholdFolds, double nbRatio) {
    public static final Param<Double> COST = Param.number("cost", "C", "inverse regularisation strength of each topic's logistic regression",
            16.0, c -> c > 0, "positive").recordedAs("cost");
    public static final Param<Boolean> BALANCED = Param.bool("balanced", "weight each topic's positives by negatives/positives", false)
            .recordedAs("class_weights", b -> b ? "balanced (each topic's positives weighted negatives/positives)" : "none");
    public static final Param<Double> NB_RATIO = Param.number("nb-ratio", "BETA", "0 for none; else NB-LR, each topic's features scaled "
            + "by its log-count ratios (alpha 1) raised to BETA and L2-normalised again", 0.0, beta -> beta >= 0, "0 or positive")
            .recordedAs("nb_beta");
    public static final Param<Long> SEED = Param.wholeNumber("seed", "N", "seeds the folds (outer and inner) and the trainers", 20261122L)
            .recordedAs("seed");
    /** The flags of these settings, in their order on the command line and in help. */
    public static final List<Param<?>> PARAMS = List.of(COST, BALANCED, NB_RATIO, SEED);

    static final int THRESHOLD_FOLDS = 5;
    static final String LIBLINEAR_DESCRIPTION = "per topic, a Tribuo LibLinearClassificationTrainer L2R_LR (one L2-regularised logistic "
            + "regression, the topic against the rest), the three over one feature map (the vocabulary), each saved as its own Tribuo model";
    public static final String NB_LR_DESCRIPTION = "NB-LR: per topic, a Tribuo LibLinearClassificationTrainer L2R_LR on the vector scaled by "
            + "the topic's log-count ratios and L2-normalised again, the three over one feature map (the vocabulary), each saved as its own "
            + "Tribuo model (whose predict() takes the scaled vector)";

    public static final TopicModelSettings DEFAULT = new TopicModelSettings(COST.defaultValue(), BALANCED.defaultValue(), SEED.defaultValue(),
            THRESHOLD_FOLDS, NB_RATIO.defaultValue());

    public TopicModelSettings {
        COST.check(cost);
        NB_RATIO.check(nbRatio);
        if (thresholdFolds < 2) throw new IllegalArgumentException("the threshold folds must be at least 2, got " + thresholdFolds);
    }

    public TopicModelSettings withCost(double c) { return new TopicModelSettings(c, balanced, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withBalanced(boolean b) { return new TopicModelSettings(cost, b, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withSeed(long s) { return new TopicModelSettings(cost, balanced, s, thresholdFolds, nbRatio); }
    public TopicModelSettings withNbRatio(double beta) { return new TopicModelSettings(cost, balanced, seed, thresholdFolds, beta); }

    public boolean usesNbRatios() {
        return nbRatio > 0;
    }

    /** The settings as a model records them (model.json's {@code topic_model}, the card's "Settings"). */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trainer", usesNbRatios() ? NB_LR_DESCRIPTION : LIBLINEAR_DESCRIPTION);
        COST.record(m, cost);
        BALANCED.record(m, balanced);
        if (usesNbRatios()) {
            m.put("nb_ratios", "r = sign(l) |l|^beta, l = ln((p / |p|_1) / (q / |q|_1)), p and q = alpha + training articles "
                    + "with / without the topic that contain the term; features r o x / ||r o x||; saved in nb-ratios.f32");
            m.put("nb_alpha", LogCountRatios.ALPHA);
            NB_RATIO.record(m, nbRatio);
        }
        SEED.record(m, seed);
        m.put("threshold_folds", thresholdFolds);
        return m;
    }
}
