package briefing.topics;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ReliabilityTest {
    @Test
    void brierAndExpectedCalibrationErrorByHand() {
        // Bin 0.8-0.9: four rows scored 0.8, three true (observed 0.75, gap 0.05); bin 0.1-0.2: four rows scored 0.1, none true (gap 0.1).
        double[] scores = {0.8, 0.8, 0.8, 0.8, 0.1, 0.1, 0.1, 0.1};
        boolean[] truth = {true, true, true, false, false, false, false, false};
        Reliability r = Reliability.of(scores, truth);
        assertEquals((3 * 0.04 + 0.64 + 4 * 0.01) / 8, r.brier(), 1e-12);
        assertEquals(0.5 * 0.05 + 0.5 * 0.1, r.expectedCalibrationError(), 1e-12);
        assertEquals(4, r.bins().get(8).rows());
        assertEquals(0.75, r.bins().get(8).observed(), 1e-12);
        assertEquals(0, r.bins().get(5).rows());
    }

    @Test
    void thresholdCurveTradesRecallForPrecision() {
        double[] scores = {0.9, 0.7, 0.4, 0.2};
        boolean[] truth = {true, false, true, false};
        ThresholdCurve curve = ThresholdCurve.of(scores, truth);
        ThresholdCurve.Point low = curve.points().get(9), high = curve.points().get(79);
        assertEquals(0.10, low.threshold(), 1e-12);
        assertEquals(1.0, low.recall());
        assertEquals(0.5, low.precision());
        assertEquals(0.5, high.recall());
        assertEquals(1.0, high.precision());
    }
}
