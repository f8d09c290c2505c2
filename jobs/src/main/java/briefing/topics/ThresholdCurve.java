package briefing.topics;

import java.util.ArrayList;
import java.util.List;

/** Precision, recall and F1 of one topic at every threshold of a grid, from held-out scores. */
public record ThresholdCurve(List<Point> points) {
    /** Precision is NaN where nothing is assigned. */
    public record Point(double threshold, double precision, double recall, double f1) {}

    public static ThresholdCurve of(double[] scores, boolean[] truth) {
        List<Point> points = new ArrayList<>();
        for (int step = 1; step <= 99; step++) {
            points.add(at(scores, truth, step / 100.0));
        }
        return new ThresholdCurve(List.copyOf(points));
    }

    /** The figures at one threshold: a score at or above it assigns the topic. */
    public static Point at(double[] scores, boolean[] truth, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && truth[i]) tp++;
            else if (predicted) fp++;
            else if (truth[i]) fn++;
        }
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new Point(threshold, precision, recall, f1);
    }
}
