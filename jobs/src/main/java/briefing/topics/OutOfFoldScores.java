package briefing.topics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores cross-validation gave each labelled row when it was held out, with the row's true topics: what
 * calibration and precision/recall against threshold are measured on.
 */
public record OutOfFoldScores(List<Map<String, Double>> scores, List<Set<String>> truth) {
    public OutOfFoldScores {
        if (scores.size() != truth.size()) throw new IllegalArgumentException("scores and truths differ in number");
    }

    public double[] scores(String topic) {
        double[] s = new double[scores.size()];
        for (int i = 0; i < s.length; i++) s[i] = scores.get(i).get(topic);
        return s;
    }

    public boolean[] truth(String topic) {
        boolean[] t = new boolean[truth.size()];
        for (int i = 0; i < t.length; i++) t[i] = truth.get(i).contains(topic);
        return t;
    }
}
