package briefing.topics;

/**
 * Picks the threshold that maximises F1 for one topic from out-of-fold scores. Candidates are a fixed grid, so
 * a handful of positives cannot pull the threshold to an exact training score.
 */
public final class ThresholdTuner {
    static final double MIN = 0.05;
    static final double MAX = 0.95;
    static final double STEP = 0.01;

    private ThresholdTuner() {}

    /** @param scores out-of-fold scores; @param truth whether each example carries the topic */
    public static double bestF1Threshold(double[] scores, boolean[] truth) {
        double best = 0.5;
        double bestF1 = -1;
        int steps = (int) Math.round((MAX - MIN) / STEP);
        for (int i = 0; i <= steps; i++) {
            double threshold = MIN + i * STEP;
            double f1 = f1At(scores, truth, threshold);
            // Ties go to the threshold closest to 0.5: the most neutral choice.
            if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    static double f1At(double[] scores, boolean[] truth, double threshold) {
        return ThresholdCurve.at(scores, truth, threshold).f1();
    }
}
