package briefing.topics;

import briefing.vectorize.TermVector;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogCountRatiosTest {
    static final String[] VOCABULARY = {"a", "b", "c", "d"};

    private static LabelledVector row(String id, Set<String> topics, String[] terms, double[] values) {
        return new LabelledVector(id, TermVector.of(VOCABULARY, terms, values), topics);
    }

    /**
     * sanctions: positives contain {a, b, d} and {a}; negatives {b, c} and {c} (plus "d" with value 0, which does not
     * count). p = 1 + (2, 1, 0, 1) = (3, 2, 1, 2), sum 8; q = 1 + (0, 1, 2, 0) =
     * (1, 2, 3, 1), sum 7. l = ln((p/8) / (q/7)): a ln(21/8), b ln(7/8), c ln(7/24), d ln(7/4).
     */
    static final List<LabelledVector> ROWS = List.of(
            row("pos1", Set.of(Topics.SANCTIONS), new String[] {"a", "b", "d"}, new double[] {0.5, 0.5, 0.5}),
            row("pos2", Set.of(Topics.SANCTIONS, Topics.DIPLOMACY), new String[] {"a"}, new double[] {1.0}),
            row("neg1", Set.of(), new String[] {"b", "c", "d"}, new double[] {0.6, 0.8, 0.0}),
            row("neg2", Set.of(Topics.DIPLOMACY), new String[] {"c"}, new double[] {0.6}));

    @Test
    void ratiosOfATinyHandCheckedExample() {
        LogCountRatios beta1 = LogCountRatios.fit(ROWS, VOCABULARY, 1.0);
        int s = Topics.ALL.indexOf(Topics.SANCTIONS);
        assertEquals(Math.log(21.0 / 8), beta1.ratio(s, "a"), 1e-6);
        assertEquals(Math.log(7.0 / 8), beta1.ratio(s, "b"), 1e-6);
        assertEquals(Math.log(7.0 / 24), beta1.ratio(s, "c"), 1e-6);
        assertEquals(Math.log(7.0 / 4), beta1.ratio(s, "d"), 1e-6);
        assertEquals(0.0, beta1.ratio(s, "zzz"));

        LogCountRatios half = LogCountRatios.fit(ROWS, VOCABULARY, 0.5);
        assertEquals(Math.sqrt(Math.log(21.0 / 8)), half.ratio(s, "a"), 1e-6);
        assertEquals(-Math.sqrt(-Math.log(7.0 / 8)), half.ratio(s, "b"), 1e-6);
        assertEquals(-Math.sqrt(-Math.log(7.0 / 24)), half.ratio(s, "c"), 1e-6);

        // diplomacy: positives pos2 {a}, neg2 {c}; negatives pos1 {a, b, d}, neg1 {b, c}. p = (2, 1, 2, 1), sum 6;
        // q = (2, 3, 2, 2), sum 9. b: ln((1/6) / (3/9)) = ln(1/2).
        int d = Topics.ALL.indexOf(Topics.DIPLOMACY);
        assertEquals(Math.log(0.5), beta1.ratio(d, "b"), 1e-6);
        assertEquals(Math.log((2.0 / 6) / (2.0 / 9)), beta1.ratio(d, "a"), 1e-6);
        // human_rights has no positive: every p is 1, so every ratio is ln((1/4) / (q/sum q)).
        int h = Topics.ALL.indexOf(Topics.HUMAN_RIGHTS);
        assertEquals(Math.log((1.0 / 4) / (3.0 / 11)), beta1.ratio(h, "a"), 1e-6);
    }

    @Test
    void scaledFeaturesAreRatioTimesValueNormalisedAgain() {
        LogCountRatios half = LogCountRatios.fit(ROWS, VOCABULARY, 0.5);
        int s = Topics.ALL.indexOf(Topics.SANCTIONS);
        TermVector x = TermVector.of(VOCABULARY, new String[] {"a", "c"}, new double[] {0.6, 0.8});
        double ra = half.ratio(s, "a") * 0.6, rc = half.ratio(s, "c") * 0.8;
        double norm = Math.sqrt(ra * ra + rc * rc);
        assertEquals(norm, half.norm(s, x), 1e-12);
        TermVector scaled = half.scale(s, x);
        assertArrayEquals(new double[] {ra / norm, rc / norm}, scaled.weights(), 1e-12);
        assertArrayEquals(x.ids(), scaled.ids());
        assertSame(x.vocabulary(), scaled.vocabulary(), "the scaled vector is cut with the same vocabulary");
        TermVector nothing = half.scale(s, new TermVector(VOCABULARY, new int[0], new double[0]));
        assertEquals(0, nothing.size());
    }

    @Test
    void bytesRoundTripAndAreRefusedWhenTheyDoNotFit() {
        LogCountRatios ratios = LogCountRatios.fit(ROWS, VOCABULARY, 0.5);
        byte[] bytes = ratios.toBytes();
        assertEquals(3 * 4 * 4, bytes.length);
        LogCountRatios back = LogCountRatios.fromBytes(bytes, VOCABULARY);
        for (int t = 0; t < 3; t++) for (String term : VOCABULARY) assertEquals(ratios.ratio(t, term), back.ratio(t, term));
        assertThrows(IllegalArgumentException.class, () -> LogCountRatios.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length - 4), VOCABULARY));
        assertThrows(IllegalArgumentException.class, () -> LogCountRatios.fromBytes(bytes, new String[] {"a", "b", "c"}));
        byte[] notANumber = bytes.clone();
        java.nio.ByteBuffer.wrap(notANumber).putFloat(0, Float.NaN);
        assertThrows(IllegalArgumentException.class, () -> LogCountRatios.fromBytes(notANumber, VOCABULARY));
        assertThrows(IllegalArgumentException.class, () -> LogCountRatios.fit(ROWS, VOCABULARY, 0));
    }
}
