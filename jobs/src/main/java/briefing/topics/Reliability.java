package briefing.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * How far one topic's scores can be read as probabilities: the Brier score (mean squared error of the score against
 * 0/1 truth), and the expected calibration error over equal-width score bins (the gap between mean score and
 * observed frequency in each bin, weighted by the bin's share of rows).
 */
public record Reliability(double brier, double expectedCalibrationError, List<Bin> bins) {
    public static final int BINS = 10;

    /** @param from the bin's lower edge; @param meanScore null-safe: NaN when the bin is empty */
    public record Bin(double from, double to, int rows, double meanScore, double observed) {}

    public static Reliability of(double[] scores, boolean[] truth) {
        if (scores.length != truth.length || scores.length == 0) throw new IllegalArgumentException("need as many truths as scores, and some");
        double brier = 0;
        int[] rows = new int[BINS];
        double[] scoreSum = new double[BINS];
        int[] positives = new int[BINS];
        for (int i = 0; i < scores.length; i++) {
            double y = truth[i] ? 1 : 0;
            brier += (scores[i] - y) * (scores[i] - y);
            int bin = Math.min(BINS - 1, (int) Math.floor(scores[i] * BINS));
            rows[bin]++;
            scoreSum[bin] += scores[i];
            if (truth[i]) positives[bin]++;
        }
        double ece = 0;
        List<Bin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            double mean = rows[b] == 0 ? Double.NaN : scoreSum[b] / rows[b];
            double observed = rows[b] == 0 ? Double.NaN : (double) positives[b] / rows[b];
            if (rows[b] > 0) ece += (double) rows[b] / scores.length * Math.abs(mean - observed);
            bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, rows[b], mean, observed));
        }
        return new Reliability(brier / scores.length, ece, List.copyOf(bins));
    }
}
