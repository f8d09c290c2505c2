package briefing.summary;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** LexRank against the stationary distribution solved exactly, and its edge cases. */
class LexRankTest {

    @Test
    void powerIterationReachesTheStationaryDistribution() {
        double[][] similarity = {
                {1, 0.5, 0.1, 0.0, 0.3},
                {0.5, 1, 0.4, 0.2, 0.0},
                {0.1, 0.4, 1, 0.6, 0.1},
                {0.0, 0.2, 0.6, 1, 0.05},
                {0.3, 0.0, 0.1, 0.05, 1}};
        boolean[] all = {true, true, true, true, true};
        double[] expected = scaledToMax(stationary(similarity));
        double[] rank = LexRank.centrality(similarity, all);
        for (int i = 0; i < rank.length; i++) assertEquals(expected[i], rank[i], 1e-6, "sentence " + i);
        assertEquals(1.0, max(rank), 0.0);
    }

    @Test
    void leftOutSentencesScoreZeroAndDoNotPassRankOn() {
        // Sentence 0 is left out; it is most like sentence 1, which must not lose rank to it.
        double[][] similarity = {
                {1, 0.9, 0.1, 0.0},
                {0.9, 1, 0.2, 0.05},
                {0.1, 0.2, 1, 0.3},
                {0.0, 0.05, 0.3, 1}};
        double[] rank = LexRank.centrality(similarity, new boolean[] {false, true, true, true});
        assertEquals(0.0, rank[0]);
        double[] expected = scaledToMax(stationary(new double[][] {{1, 0.2, 0.05}, {0.2, 1, 0.3}, {0.05, 0.3, 1}}));
        for (int i = 0; i < 3; i++) assertEquals(expected[i], rank[i + 1], 1e-6, "sentence " + (i + 1));
    }

    @Test
    void sentencesLikeNoOtherSpreadTheirRankEvenly() {
        double[][] similarity = {
                {1, 0.9, 0.2},
                {0.9, 1, 0.0},
                {0.2, 0.0, 1}};
        double[] rank = LexRank.centrality(similarity, new boolean[] {false, true, true});
        // Sentences 1 and 2 share nothing: both dangling, so they spread their rank evenly and tie.
        assertEquals(1.0, rank[1], 1e-12);
        assertEquals(1.0, rank[2], 1e-12);
    }

    @Test
    void theHubOfAStarIsTheMostCentral() {
        double[][] similarity = {
                {1, 0.5, 0.5, 0.5},
                {0.5, 1, 0, 0},
                {0.5, 0, 1, 0},
                {0.5, 0, 0, 1}};
        double[] rank = LexRank.centrality(similarity, new boolean[] {true, true, true, true});
        assertEquals(1.0, rank[0], 0.0);
        assertTrue(rank[1] < 1 && rank[1] == rank[2] && rank[2] == rank[3], java.util.Arrays.toString(rank));
    }

    @Test
    void noSentenceNoRank() {
        assertArrayEquals(new double[] {0, 0}, LexRank.centrality(new double[][] {{1, 0}, {0, 1}}, new boolean[] {false, false}));
    }

    /** Solves pi = d/n + (1 - d) pi P (no dangling rows) by Gaussian elimination. */
    private static double[] stationary(double[][] similarity) {
        int n = similarity.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int j = 0; j < n; j++) if (j != i) rowSum += similarity[i][j];
            for (int j = 0; j < n; j++) {
                double p = j == i ? 0 : similarity[i][j] / rowSum;
                a[j][i] -= (1 - LexRank.DAMPING) * p; // transposed: equation j collects what flows into j
            }
        }
        for (int j = 0; j < n; j++) {
            a[j][j] += 1;
            a[j][n] = LexRank.DAMPING / n;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r == col) continue;
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) a[r][c] -= f * a[col][c];
            }
        }
        double[] pi = new double[n];
        for (int i = 0; i < n; i++) pi[i] = a[i][n] / a[i][i];
        return pi;
    }

    private static double[] scaledToMax(double[] v) {
        double m = max(v);
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) out[i] /= m;
        return out;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) m = Math.max(m, x);
        return m;
    }
}
