package briefing.cli;

import briefing.param.Param;
import briefing.topics.TopicModelSettings;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.VectorizerSettings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The training recipe's settings as flags, shared by {@code train} and {@code evaluate --folds}, so variants can be
 * compared on the same folds. Each setting's flag, help, default and check come from its declaration
 * ({@link TopicModelSettings#PARAMS}, {@link VectorizerSettings#PARAMS}).
 */
final class RecipeFlags {
    private static final List<Param<?>> PARAMS = Stream.concat(TopicModelSettings.PARAMS.stream(), VectorizerSettings.PARAMS.stream()).toList();
    private static final Flag IDF_CORPUS = Flag.optional("idf-corpus", "PATHS", "comma-separated JSONL files (or folders, .gz read as is) "
            + "of unlabelled articles (id, title, text) whose document frequencies join the training rows' in the IDF; labelled ids are "
            + "left out; label rows without text find it here by id", null);
    private static final Flag EXTRA_LABELS = Flag.optional("extra-labels", "PATH", "JSONL of id and labels for articles of the --idf-corpus "
            + "files (texts looked up by id): they join the training rows of every model but are never held out, calibrated on or used "
            + "for thresholds", null);

    static final List<Flag> FLAGS = Stream.concat(PARAMS.stream().map(Flag::of), Stream.of(IDF_CORPUS, EXTRA_LABELS)).toList();

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
        return new TopicModelSettings(line.get(TopicModelSettings.COST), line.get(TopicModelSettings.BALANCED), line.get(TopicModelSettings.SEED),
                TopicModelSettings.DEFAULT.thresholdFolds(), line.get(TopicModelSettings.NB_RATIO));
    }

    static VectorizerSettings vectorizerSettings(CommandLine line) throws UsageException {
        return new VectorizerSettings(line.get(VectorizerSettings.VOCABULARY_SIZE), line.get(VectorizerSettings.MIN_DF),
                line.get(VectorizerSettings.TITLE_WEIGHT), line.get(VectorizerSettings.BIGRAMS));
    }

    /**
     * The recipe flags whose value is not the default, as command-line words (e.g. {@code --nb-ratio}, {@code 0.5}),
     * for the model card. Values are compared as the recipe reads them, so {@code --cost 16} is the default 16.0.
     */
    static List<String> nonDefault(CommandLine line) throws UsageException {
        List<String> words = new ArrayList<>();
        for (Param<?> param : PARAMS) {
            if (line.has(param.name()) && !isDefault(line, param)) words.addAll(List.of("--" + param.name(), line.get(param.name())));
        }
        for (Flag flag : List.of(IDF_CORPUS, EXTRA_LABELS)) {
            if (line.has(flag.name())) words.addAll(List.of("--" + flag.name(), line.get(flag.name())));
        }
        return words;
    }

    private static <T> boolean isDefault(CommandLine line, Param<T> param) throws UsageException {
        return param.isDefault(line.get(param));
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
}
