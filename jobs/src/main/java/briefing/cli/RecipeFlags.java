package briefing.cli;

import briefing.topics.TopicModelSettings;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.VectorizerSettings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/** The training recipe's settings as flags, shared by {@code train} and {@code evaluate --folds}, so variants can be compared on the same folds. */
final class RecipeFlags {
    private static final TopicModelSettings T = TopicModelSettings.DEFAULT;
    private static final VectorizerSettings V = VectorizerSettings.DEFAULT;

    static final List<Flag> FLAGS = List.of(
            Flag.optional("cost", "C", "inverse regularisation strength of each topic's logistic regression", String.valueOf(T.cost())),
            Flag.optional("balanced", "BOOL", "weight each topic's positives by negatives/positives", String.valueOf(T.balanced())),
            Flag.optional("nb-ratio", "BETA", "0 for none; else NB-LR, each topic's features scaled by its log-count ratios "
                    + "(alpha 1) raised to BETA and L2-normalised again", "0"),
            Flag.optional("seed", "N", "seeds the folds (outer and inner) and the trainers", String.valueOf(T.seed())),
            Flag.optional("vocabulary-size", "N", "most frequent terms kept", String.valueOf(V.vocabularySize())),
            Flag.optional("min-df", "N", "a term must occur in at least N training articles", String.valueOf(V.minDocumentFrequency())),
            Flag.optional("title-weight", "N", "the title counts N times", String.valueOf(V.titleWeight())),
            Flag.optional("bigrams", "BOOL", "add word pairs to single words", String.valueOf(V.bigrams())),
            Flag.optional("idf-corpus", "PATHS", "comma-separated JSONL files (or folders, .gz read as is) of unlabelled articles (id, title, text) "
                    + "whose document frequencies join the training rows' in the IDF; labelled ids are left out; label rows without text "
                    + "find it here by id", null),
            Flag.optional("extra-labels", "PATH", "JSONL of id and labels for articles of the --idf-corpus files (texts looked up by id): "
                    + "they join the training rows of every model but are never held out, calibrated on or used for thresholds", null));

    /** Not a recipe setting but how it is judged; shared by {@code train} (for the card) and {@code evaluate}. */
    static final Flag LABELS = Flag.required("labels", "PATHS", "labelled JSONL, comma-separated (how to label: data/labels/README.md): "
            + "id, labels, title and text (or none: looked up by id in --idf-corpus), optionally date");
    static final Flag TIME_SPLIT = Flag.optional("time-split", "DATE", "also hold out by time: train on the labelled rows dated up to DATE "
            + "(YYYY-MM-DD) and on undated rows, test on the rows dated after it", null);

    private RecipeFlags() {}

    /** The --time-split date; null when not given. */
    static LocalDate timeSplit(CommandLine line) throws UsageException {
        if (!line.has("time-split")) return null;
        try {
            return LocalDate.parse(line.get("time-split").trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--time-split takes a date YYYY-MM-DD, got '" + line.get("time-split") + "'");
        }
    }

    static TopicModelSettings topicSettings(CommandLine line) throws UsageException {
        try {
            double cost = number(line, "cost");
            if (!(cost > 0)) throw new UsageException("--cost must be positive");
            double nbRatio = number(line, "nb-ratio");
            if (!(nbRatio >= 0) || Double.isInfinite(nbRatio)) throw new UsageException("--nb-ratio must be 0 (none) or a positive number");
            long seed;
            try {
                seed = Long.parseLong(line.get("seed").trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--seed takes a whole number, got '" + line.get("seed") + "'");
            }
            return T.withCost(cost).withBalanced(bool(line, "balanced")).withSeed(seed).withNbRatio(nbRatio);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static VectorizerSettings vectorizerSettings(CommandLine line) throws UsageException {
        return V.with(line.getInt("vocabulary-size", 1), line.getInt("min-df", 1), line.getInt("title-weight", 0), bool(line, "bigrams"));
    }

    /**
     * The recipe flags whose value is not the default, as command-line words (e.g. {@code --nb-ratio}, {@code 0.5}),
     * for the model card. Values are compared as the recipe reads them, so {@code --cost 16} is the default 16.0.
     */
    static List<String> nonDefault(CommandLine line) {
        List<String> words = new ArrayList<>();
        for (Flag flag : FLAGS) {
            String value = line.get(flag.name());
            if (value != null && !isDefault(flag, value)) {
                words.add("--" + flag.name());
                words.add(value);
            }
        }
        return words;
    }

    private static boolean isDefault(Flag flag, String value) {
        if (flag.defaultValue() == null) return false;
        try {
            return read(flag.name(), value).equals(read(flag.name(), flag.defaultValue()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A flag's value as the recipe reads it (see topicSettings and vectorizerSettings). */
    private static Object read(String name, String value) {
        String v = value.trim();
        return switch (name) {
            // + 0.0 makes -0 the same as 0
            case "cost", "nb-ratio" -> Double.parseDouble(v) + 0.0;
            case "seed", "vocabulary-size", "min-df", "title-weight" -> Long.parseLong(v);
            case "balanced", "bigrams" -> v.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }

    static void requireCorpusForExtraLabels(CommandLine line) throws UsageException {
        if (line.has("extra-labels") && !line.has("idf-corpus")) {
            throw new UsageException("--extra-labels names articles of the --idf-corpus files; give --idf-corpus too");
        }
    }

    static IdfCorpus idfCorpus(CommandLine line, SparkSession spark) {
        if (!line.has("idf-corpus")) return IdfCorpus.NONE;
        List<String> paths = Arrays.stream(line.get("idf-corpus").split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return IdfCorpus.read(spark, paths);
    }

    private static double number(CommandLine line, String name) throws UsageException {
        try {
            return Double.parseDouble(line.get(name).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a number, got '" + line.get(name) + "'");
        }
    }

    private static boolean bool(CommandLine line, String name) throws UsageException {
        String v = line.get(name).trim().toLowerCase();
        if (!v.equals("true") && !v.equals("false")) throw new UsageException("--" + name + " takes true or false, got '" + v + "'");
        return v.equals("true");
    }
}
