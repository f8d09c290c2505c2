package briefing.summary.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE (Lin, 2004) between a candidate summary and one reference, as F1 of precision and recall.
 * <ul>
 *   <li>Tokens as in the original ROUGE and Google's rouge-score: lower case, runs of ASCII letters and digits,
 *       everything else a separator; no stemming and no stop-word removal.</li>
 *   <li>ROUGE-N: n-grams matched with clipped counts (an n-gram counts at most as often as the other side has it).</li>
 *   <li>ROUGE-L: the longest common subsequence of the two token sequences taken whole (rouge-score's "rougeL",
 *       not the summary-level union LCS), precision LCS / candidate tokens, recall LCS / reference tokens.</li>
 * </ul>
 */
public final class Rouge {
    private Rouge() {}

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isAlphanumeric(lower.charAt(i))) i++;
            int start = i;
            while (i < n && isAlphanumeric(lower.charAt(i))) i++;
            if (i > start) tokens.add(lower.substring(start, i));
        }
        return tokens;
    }

    public static RougeScore rougeN(List<String> candidate, List<String> reference, int n) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, was " + n);
        Map<List<String>, Integer> candidateGrams = ngrams(candidate, n);
        Map<List<String>, Integer> referenceGrams = ngrams(reference, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : candidateGrams.entrySet()) {
            overlap += Math.min(e.getValue(), referenceGrams.getOrDefault(e.getKey(), 0));
        }
        return RougeScore.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    public static RougeScore rougeL(List<String> candidate, List<String> reference) {
        return RougeScore.of(lcsLength(candidate, reference), candidate.size(), reference.size());
    }

    static int lcsLength(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return counts;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
