package briefing.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {
    @Test
    void recoversTheSlopeAndInterceptThatGeneratedTheLabels() {
        Random random = new Random(11);
        int n = 20_000;
        double[] margins = new double[n];
        boolean[] truth = new boolean[n];
        for (int i = 0; i < n; i++) {
            margins[i] = random.nextGaussian() * 3;
            truth[i] = random.nextDouble() < PlattScaling.sigmoid(0.5 * margins[i] - 1.0);
        }
        PlattScaling platt = PlattScaling.fit(margins, truth);
        assertEquals(0.5, platt.slope(), 0.05);
        assertEquals(-1.0, platt.intercept(), 0.1);
    }

    @Test
    void calibrationLowersTheErrorOfOverconfidentScores() {
        Random random = new Random(12);
        int n = 5_000;
        double[] margins = new double[n];
        boolean[] truth = new boolean[n];
        for (int i = 0; i < n; i++) {
            margins[i] = random.nextGaussian() * 4;
            truth[i] = random.nextDouble() < PlattScaling.sigmoid(0.3 * margins[i]);
        }
        PlattScaling platt = PlattScaling.fit(margins, truth);
        double[] raw = new double[n], calibrated = new double[n];
        for (int i = 0; i < n; i++) {
            raw[i] = PlattScaling.sigmoid(margins[i]);
            calibrated[i] = platt.apply(margins[i]);
        }
        Reliability before = Reliability.of(raw, truth), after = Reliability.of(calibrated, truth);
        assertTrue(after.expectedCalibrationError() < before.expectedCalibrationError() / 2, before + " -> " + after);
        assertTrue(after.brier() < before.brier());
        assertTrue(platt.apply(1.0) > platt.apply(0.0), "monotonic");
    }

    @Test
    void oneClassOnlyKeepsScoresAsTheyAre() {
        assertEquals(PlattScaling.IDENTITY, PlattScaling.fit(new double[] {1, 2}, new boolean[] {false, false}));
    }
}
