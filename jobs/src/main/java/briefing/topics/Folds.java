package briefing.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Deterministic, stratified k-fold assignment: rows are grouped by their stratum (e.g. their label set), each
 * group is shuffled with a fixed seed, and the groups are dealt round-robin, so every fold gets its share of a
 * rare topic's rows.
 */
public final class Folds {
    private Folds() {}

    /** @return for each fold, the indices of the rows held out in it */
    public static List<List<Integer>> assign(List<String> strata, int k, long seed) {
        if (k < 2 || k > strata.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds of " + strata.size() + " rows");
        }
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < strata.size(); i++) {
            groups.computeIfAbsent(strata.get(i), s -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) folds.add(new ArrayList<>());
        int next = 0;
        for (List<Integer> group : groups.values()) {
            Collections.shuffle(group, random);
            for (int index : group) {
                folds.get(next++ % k).add(index);
            }
        }
        return folds;
    }

    /** A row's stratum: its label set as text, so folds keep each combination of topics balanced. */
    public static String stratum(java.util.Set<String> topics) {
        return String.join("+", new java.util.TreeSet<>(topics));
    }

    /** The items whose index is not in {@code heldOut}. */
    public static <T> List<T> without(List<T> items, List<Integer> heldOut) {
        boolean[] skip = new boolean[items.size()];
        for (int i : heldOut) skip[i] = true;
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (!skip[i]) kept.add(items.get(i));
        return kept;
    }

    public static <T> List<T> select(List<T> items, List<Integer> indices) {
        List<T> selected = new ArrayList<>();
        for (int i : indices) selected.add(items.get(i));
        return selected;
    }

    /** {@code first} then {@code second}; {@code first} itself when there is nothing to add. */
    public static <T> List<T> joined(List<T> first, List<T> second) {
        if (second.isEmpty()) return first;
        List<T> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
