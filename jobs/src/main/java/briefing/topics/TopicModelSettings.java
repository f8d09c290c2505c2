package briefing.topics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the topic model is trained.
 *
 * @param trainer         which Tribuo trainer (SGD for evaluate only: a saved model holds one LibLinear model per topic)
 * @param epochs          SGD only: passes over the training set
 * @param learningRate    SGD only: AdaGrad's initial learning rate
 * @param cost            LibLinear only: the inverse of the L2 regularisation strength (C)
 * @param balanced        LibLinear only: weight each topic's positives by negatives/positives, so a rare topic's
 *                        words are learnt as firmly as a common one's
 * @param seed            seeds the SGD shuffle and the threshold folds, so a retrain gives the same model
 * @param thresholdFolds  folds of the inner cross-validation that picks each topic's threshold
 * @param nbRatio         LibLinear only: 0 for none; else NB-LR, each topic's features scaled by its log-count ratios
 *                        raised to this exponent and L2-normalised again ({@link LogCountRatios})
 */
public record TopicModelSettings(Trainer trainer, int epochs, double learningRate, double cost, boolean balanced, long seed, int thresholdFolds,
                                 double nbRatio) {
    public enum Trainer {
        /** Tribuo's multi-label LinearSGDTrainer, binary cross-entropy: one logistic output per topic, trained jointly. */
        SGD,
        /** LibLinear L2-regularised logistic regression: one Tribuo model per topic, the topic against the rest ({@link PerTopicTrainer}). */
        LIBLINEAR;

        public static Trainer parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown trainer '" + name + "': use sgd or liblinear");
            }
        }
    }

    static final String LIBLINEAR_DESCRIPTION = "per topic, a Tribuo LibLinearClassificationTrainer L2R_LR (one L2-regularised logistic "
            + "regression, the topic against the rest), the three over one feature map (the vocabulary), each saved as its own Tribuo model";
    public static final String NB_LR_DESCRIPTION = "NB-LR: per topic, a Tribuo LibLinearClassificationTrainer L2R_LR on the vector scaled by "
            + "the topic's log-count ratios and L2-normalised again, the three over one feature map (the vocabulary), each saved as its own "
            + "Tribuo model (whose predict() takes the scaled vector)";

    public static final TopicModelSettings DEFAULT = new TopicModelSettings(Trainer.LIBLINEAR, 15, 0.5, 16.0, false, 20261122L, 5);

    public TopicModelSettings {
        if (epochs < 1 || learningRate <= 0 || cost <= 0 || thresholdFolds < 2 || !(nbRatio >= 0) || Double.isInfinite(nbRatio)) {
            throw new IllegalArgumentException("invalid topic model settings: epochs " + epochs + ", learning rate " + learningRate
                    + ", cost " + cost + ", threshold folds " + thresholdFolds + ", nb ratio " + nbRatio);
        }
        if (nbRatio > 0 && trainer != Trainer.LIBLINEAR) {
            throw new IllegalArgumentException("NB-LR ratios (--nb-ratio) need the liblinear trainer");
        }
    }

    /** Settings without NB-LR ratios. */
    public TopicModelSettings(Trainer trainer, int epochs, double learningRate, double cost, boolean balanced, long seed, int thresholdFolds) {
        this(trainer, epochs, learningRate, cost, balanced, seed, thresholdFolds, 0);
    }

    public TopicModelSettings withTrainer(Trainer t) { return new TopicModelSettings(t, epochs, learningRate, cost, balanced, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withEpochs(int e) { return new TopicModelSettings(trainer, e, learningRate, cost, balanced, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withCost(double c) { return new TopicModelSettings(trainer, epochs, learningRate, c, balanced, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withBalanced(boolean b) { return new TopicModelSettings(trainer, epochs, learningRate, cost, b, seed, thresholdFolds, nbRatio); }
    public TopicModelSettings withSeed(long s) { return new TopicModelSettings(trainer, epochs, learningRate, cost, balanced, s, thresholdFolds, nbRatio); }
    public TopicModelSettings withNbRatio(double beta) { return new TopicModelSettings(trainer, epochs, learningRate, cost, balanced, seed, thresholdFolds, beta); }

    /** Refuses settings whose model cannot be saved: a saved model holds one LibLinear model per topic. */
    public TopicModelSettings requireSaveable() {
        if (trainer == Trainer.SGD) throw new IllegalArgumentException("--trainer sgd is for evaluate only: a saved model holds one LibLinear model per topic");
        return this;
    }

    public boolean usesNbRatios() {
        return nbRatio > 0;
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (trainer == Trainer.SGD) {
            m.put("trainer", "Tribuo multi-label LinearSGDTrainer, binary cross-entropy (one logistic output per topic), AdaGrad");
            m.put("epochs", epochs);
            m.put("learning_rate", learningRate);
        } else {
            m.put("trainer", LIBLINEAR_DESCRIPTION);
            m.put("cost", cost);
            m.put("class_weights", balanced ? "balanced (each topic's positives weighted negatives/positives)" : "none");
            if (usesNbRatios()) {
                m.put("trainer", NB_LR_DESCRIPTION);
                m.put("nb_ratios", "r = sign(l) |l|^beta, l = ln((p / |p|_1) / (q / |q|_1)), p and q = alpha + training articles "
                        + "with / without the topic that contain the term; features r o x / ||r o x||; saved in nb-ratios.f32");
                m.put("nb_alpha", LogCountRatios.ALPHA);
                m.put("nb_beta", nbRatio);
            }
        }
        m.put("seed", seed);
        m.put("threshold_folds", thresholdFolds);
        return m;
    }
}
