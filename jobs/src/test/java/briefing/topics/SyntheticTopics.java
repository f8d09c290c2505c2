package briefing.topics;

import briefing.vectorize.TermVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Tiny synthetic labelled vectors: each topic has its own words, plus shared filler words. */
public final class SyntheticTopics {
    static final String[] SANCTIONS = {"embargo", "asset_freeze", "blacklist", "sanctions"};
    static final String[] HUMAN_RIGHTS = {"torture", "detainees", "activists", "rapporteur"};
    static final String[] DIPLOMACY = {"summit", "ambassador", "treaty", "envoy"};
    static final String[] FILLER = {"said", "year", "week", "government", "report", "city"};
    /** The vocabulary the vectors are cut with: every word above, and one no example has. */
    public static final String[] VOCABULARY = vocabulary();

    private SyntheticTopics() {}

    public static List<LabelledVector> examples(int n, long seed) {
        Random random = new Random(seed);
        List<LabelledVector> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> topics = new TreeSet<>();
            if (random.nextDouble() < 0.3) topics.add(Topics.SANCTIONS);
            if (random.nextDouble() < 0.3) topics.add(Topics.HUMAN_RIGHTS);
            if (random.nextDouble() < 0.3) topics.add(Topics.DIPLOMACY);
            examples.add(new LabelledVector("ex" + i, vector(topics, random), topics));
        }
        return examples;
    }

    public static TermVector vector(Set<String> topics, Random random) {
        List<String> terms = new ArrayList<>();
        if (topics.contains(Topics.SANCTIONS)) pick(SANCTIONS, 2, random, terms);
        if (topics.contains(Topics.HUMAN_RIGHTS)) pick(HUMAN_RIGHTS, 2, random, terms);
        if (topics.contains(Topics.DIPLOMACY)) pick(DIPLOMACY, 2, random, terms);
        pick(FILLER, 3, random, terms);
        double[] weights = new double[terms.size()];
        java.util.Arrays.fill(weights, 1.0 / Math.sqrt(terms.size()));
        return TermVector.of(VOCABULARY, terms.toArray(new String[0]), weights);
    }

    private static String[] vocabulary() {
        List<String> terms = new ArrayList<>();
        for (String[] words : List.of(SANCTIONS, HUMAN_RIGHTS, DIPLOMACY, FILLER)) terms.addAll(List.of(words));
        terms.add("never_in_training");
        return terms.toArray(new String[0]);
    }

    private static void pick(String[] words, int k, Random random, List<String> into) {
        List<String> pool = new ArrayList<>(List.of(words));
        java.util.Collections.shuffle(pool, random);
        for (String w : pool.subList(0, k)) if (!into.contains(w)) into.add(w);
    }
}
