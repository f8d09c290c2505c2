package briefing.summary;

/**
 * Continuous LexRank (Erkan and Radev, 2004): a sentence is central when sentences similar to it are central. The
 * PageRank of the graph whose edges are the sentences' cosine similarities, each row normalised to a probability.
 */
final class LexRank {
    static final double DAMPING = 0.15;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-7;

    private LexRank() {}

    /**
     * @param similarity symmetric, n x n; the diagonal is ignored
     * @param include    which sentences take part; the others score 0
     * @return the stationary probability of each sentence, scaled so the most central one is 1
     */
    static double[] centrality(double[][] similarity, boolean[] include) {
        int n = similarity.length;
        int m = 0;
        for (boolean b : include) if (b) m++;
        double[] rank = new double[n];
        if (m == 0) {
            return rank;
        }
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            if (!include[i]) continue;
            for (int j = 0; j < n; j++) {
                if (j != i && include[j]) rowSum[i] += similarity[i][j];
            }
        }
        for (int i = 0; i < n; i++) rank[i] = include[i] ? 1.0 / m : 0;
        // The sentences taking part, and those of them with an edge: the loops below touch only these.
        int[] members = new int[m];
        int[] linked = new int[m];
        int linkedCount = 0;
        for (int i = 0, k = 0; i < n; i++) {
            if (!include[i]) continue;
            members[k++] = i;
            if (rowSum[i] > 0) linked[linkedCount++] = i;
        }
        // Each edge's share of its source's weight, once: the iterations below are then multiply-adds over a compact
        // matrix (incoming[j] = sum over linked i of rank[i] * weight(i -> j)). The diagonal is 0.
        double[][] share = new double[m][linkedCount];
        for (int jj = 0; jj < m; jj++) {
            double[] column = similarity[members[jj]]; // symmetric: row j holds column j
            for (int k = 0; k < linkedCount; k++) {
                int i = linked[k];
                share[jj][k] = i == members[jj] ? 0 : column[i] / rowSum[i];
            }
        }
        double[] linkedRank = new double[linkedCount];
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            // A sentence like no other spreads its rank evenly, as a dangling page does in PageRank.
            double dangling = 0;
            for (int i : members) if (rowSum[i] == 0) dangling += rank[i];
            for (int k = 0; k < linkedCount; k++) linkedRank[k] = rank[linked[k]];
            double change = 0;
            for (int jj = 0; jj < m; jj++) {
                double incoming = dangling / m;
                double[] weights = share[jj];
                for (int k = 0; k < linkedCount; k++) incoming += linkedRank[k] * weights[k];
                int j = members[jj];
                next[j] = DAMPING / m + (1 - DAMPING) * incoming;
                change += Math.abs(next[j] - rank[j]);
            }
            System.arraycopy(next, 0, rank, 0, n);
            if (change < TOLERANCE) break;
        }
        double max = 0;
        for (double r : rank) max = Math.max(max, r);
        if (max > 0) for (int i = 0; i < n; i++) rank[i] /= max;
        return rank;
    }
}
