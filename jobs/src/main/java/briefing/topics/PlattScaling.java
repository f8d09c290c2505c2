package briefing.topics;

import java.io.Serializable;

/**
 * Platt scaling of one topic's score: calibrated = 1 / (1 + exp(-(slope * margin + intercept))), where margin is the
 * model's log-odds. Fitted on out-of-fold margins, so a calibrated 0.8 is right about 80% of the time on rows the
 * model did not train on. Monotonic, so it never reorders articles.
 *
 * @param slope      multiplies the model's log-odds (below 1 when the model is over-confident)
 * @param intercept  shifts them (away from 0 when class weighting has moved the base rate)
 */
public record PlattScaling(double slope, double intercept) implements Serializable {
    public static final PlattScaling IDENTITY = new PlattScaling(1.0, 0.0);

    public double apply(double margin) {
        return sigmoid(slope * margin + intercept);
    }

    /**
     * Maximum likelihood with Platt's smoothed targets ((N+ + 1)/(N+ + 2) and 1/(N- + 2)), which keeps a perfectly
     * separated fold from driving the slope to infinity; Newton's method with a backtracking step.
     */
    public static PlattScaling fit(double[] margins, boolean[] truth) {
        int positives = 0;
        for (boolean t : truth) if (t) positives++;
        int negatives = truth.length - positives;
        if (positives == 0 || negatives == 0) return IDENTITY;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 1.0, b = 0.0;
        double loss = loss(margins, truth, hi, lo, a, b);
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (int i = 0; i < margins.length; i++) {
                double p = sigmoid(a * margins[i] + b);
                double d = p - (truth[i] ? hi : lo);
                double w = p * (1 - p);
                ga += d * margins[i];
                gb += d;
                haa += w * margins[i] * margins[i];
                hab += w * margins[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(ga) < 1e-9 && Math.abs(gb) < 1e-9 || det <= 0) break;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double step = 1.0;
            double next = loss(margins, truth, hi, lo, a + step * da, b + step * db);
            while (next > loss && step > 1e-8) {
                step /= 2;
                next = loss(margins, truth, hi, lo, a + step * da, b + step * db);
            }
            if (next > loss) break;
            a += step * da;
            b += step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) break;
        }
        return new PlattScaling(a, b);
    }

    private static double loss(double[] margins, boolean[] truth, double hi, double lo, double a, double b) {
        double sum = 0;
        for (int i = 0; i < margins.length; i++) {
            double z = a * margins[i] + b;
            double target = truth[i] ? hi : lo;
            // -[t log p + (1 - t) log(1 - p)] written to stay finite for large |z|
            sum += Math.max(z, 0) - z * target + Math.log1p(Math.exp(-Math.abs(z)));
        }
        return sum;
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
