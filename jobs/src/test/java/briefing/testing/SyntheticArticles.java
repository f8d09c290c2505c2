package briefing.testing;

import briefing.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Small made-up labelled articles, enough to train a model the tests can run the whole job with. */
public final class SyntheticArticles {
    private static final String[] SANCTIONS = {
            "The government imposed new sanctions and an asset freeze on the shipping firms.",
            "Officials widened the trade embargo and added three banks to the blacklist.",
            "The sanctions were extended for another year after the vote on the embargo."};
    private static final String[] HUMAN_RIGHTS = {
            "Rights groups said detainees were held without trial and some reported torture.",
            "The rapporteur urged the release of jailed activists and journalists.",
            "Refugees described abuses and the rights monitor called for an inquiry."};
    private static final String[] DIPLOMACY = {
            "The foreign minister met the ambassador ahead of the summit.",
            "Envoys from both states resumed treaty negotiations in the capital.",
            "The summit ended with a joint statement and a plan for further talks."};
    private static final String[] FILLER = {
            "The city council approved a new budget for road repairs on Tuesday.",
            "Local farmers expect a larger harvest this autumn after the rains.",
            "The football club opened its new stadium to supporters at the weekend.",
            "Shares in the retailer rose after it reported higher quarterly sales."};

    private SyntheticArticles() {}

    public static Path writeLabelled(Path file, int n, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> topics = new TreeSet<>();
            int kind = i % 5;
            if (kind == 0 || (kind == 3 && random.nextBoolean())) topics.add(Topics.SANCTIONS);
            if (kind == 1 || (kind == 3 && random.nextBoolean())) topics.add(Topics.HUMAN_RIGHTS);
            if (kind == 2 || kind == 3) topics.add(Topics.DIPLOMACY);
            lines.add(String.format("{\"id\": \"l%d\", \"title\": \"Report %d\", \"text\": \"%s\", \"labels\": [%s]}",
                    i, i, text(topics, random), String.join(", ", topics.stream().map(t -> "\"" + t + "\"").toList())));
        }
        return Files.write(file, lines);
    }

    public static String text(Set<String> topics, Random random) {
        List<String> sentences = new ArrayList<>();
        if (topics.contains(Topics.SANCTIONS)) sentences.addAll(List.of(SANCTIONS));
        if (topics.contains(Topics.HUMAN_RIGHTS)) sentences.addAll(List.of(HUMAN_RIGHTS));
        if (topics.contains(Topics.DIPLOMACY)) sentences.addAll(List.of(DIPLOMACY));
        sentences.add(FILLER[random.nextInt(FILLER.length)]);
        sentences.add(FILLER[random.nextInt(FILLER.length)]);
        java.util.Collections.shuffle(sentences, random);
        return String.join(" ", sentences);
    }
}
