package briefing.model;

import briefing.io.HadoopFiles;
import briefing.io.Json;
import briefing.summary.SentenceFeatures;
import briefing.summary.SentenceScorer;
import com.fasterxml.jackson.databind.JsonNode;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.impl.ArrayExample;

/**
 * The learnt sentence scorer of the summariser, a versioned model beside the topic model ({@code models/summary/vN}):
 * one binary Tribuo LibLinear logistic regression ("picked" or not) over the {@link SentenceFeatures}, saved as a
 * gzipped protobuf with its provenance, and {@code model.json} with the file's checksum. Loading checks the format,
 * the checksum and that the model's features are the ones this build computes, then reads the weights out through
 * Tribuo's public API into a {@link SentenceScorer} (plain arrays, what the executors receive).
 */
public final class SummaryModel {
    /** The model the jar carries: its LATEST version, under this resource folder. */
    public static final String BUNDLED = "classpath:briefing/models/summary";
    public static final String SCORER_FILE = "sentence-scorer.tribuo.pb.gz";
    public static final String PICKED = "picked";
    public static final String NOT_PICKED = "not";
    static final String METADATA_FILE = ModelBundle.METADATA_FILE;
    static final int FORMAT = 1;

    /**
     * What model.json records.
     *
     * @param features         the feature names, in {@link SentenceFeatures#NAMES} order
     * @param featuresVersion  {@link SentenceFeatures#VERSION} of the features it was trained on
     * @param topicModelVersion the topic model whose stop words the features were computed with, and
     *                         {@code stopWordsSha256} their checksum ({@link #stopWordsSha256})
     * @param trainingData     the picks file, its checksum, and how many articles and labellers it holds
     * @param crossValidation  the figures of the model card (overlap with the labellers' picks, by fold)
     */
    public record Metadata(int formatVersion, String modelVersion, String createdAt, String tribuoVersion, List<String> features,
                           int featuresVersion, String topicModelVersion, String stopWordsSha256, double cost,
                           Map<String, Object> trainingData, Map<String, Object> crossValidation, Map<String, String> filesSha256) {}

    private final SentenceScorer scorer;
    private final Metadata metadata;
    private final String sha256;

    private SummaryModel(SentenceScorer scorer, Metadata metadata, String sha256) {
        this.scorer = scorer;
        this.metadata = metadata;
        this.sha256 = sha256;
    }

    public SentenceScorer scorer() { return scorer; }

    /**
     * The scorer, for summaries made with {@code corpus}'s stop words: the features (centrality, the cosines) are
     * computed over the terms left after them, so a topic model with other stop words would feed the scorer features
     * unlike those it learnt from, and is refused.
     */
    public SentenceScorer scorerFor(briefing.summary.CorpusStatistics corpus) {
        String words = stopWordsSha256(corpus.stopWords());
        if (!words.equals(metadata.stopWordsSha256())) {
            throw new ModelLoadException("summary model " + metadata.modelVersion() + " was trained with the stop words of "
                    + metadata.topicModelVersion() + " (sha256 " + metadata.stopWordsSha256() + "); this topic model's differ (" + words
                    + "): retrain the summary model with it (briefing train-summary-scorer --model ...)");
        }
        return scorer;
    }

    /** The checksum of a stop-word list, in sorted order. */
    public static String stopWordsSha256(java.util.Collection<String> stopWords) {
        return HadoopFiles.sha256(String.join("\n", new java.util.TreeSet<>(stopWords)));
    }
    public Metadata metadata() { return metadata; }
    /** The SHA-256 of model.json, which holds the scorer file's. */
    public String sha256() { return sha256; }

    /** Loads {@code location}, or the version its LATEST file names; any fault is a {@link ModelLoadException}. */
    public static SummaryModel load(Configuration conf, String location) {
        return check(conf, location).decode();
    }

    /**
     * A summary model's files, read and checked (format, features, checksum) but not decoded: the quick half of
     * {@link #load}, which stops a run on a missing or altered file before any work. {@link #decode} is the slow half
     * (Tribuo's deserialiser) and may run beside other work.
     */
    public record CheckedFiles(String dir, Metadata metadata, byte[] scorer, byte[] json) {
        public SummaryModel decode() {
            Model<Label> model = ModelBundle.classificationModel(scorer, dir + "/" + SCORER_FILE);
            if (!(model instanceof LibLinearClassificationModel)) {
                throw new ModelLoadException("corrupt model: " + dir + "/" + SCORER_FILE + " is not a LibLinear model: " + model.getClass().getName());
            }
            return new SummaryModel(scorerOf(model), metadata, HadoopFiles.sha256(json));
        }
    }

    public static CheckedFiles check(Configuration conf, String location) {
        ModelSource source = ModelSource.of(conf, location);
        try {
            source = source.version(METADATA_FILE);
            String dir = source.location();
            if (!source.exists(METADATA_FILE)) {
                throw new ModelLoadException("no summary model at " + location + ": expected " + METADATA_FILE + " or "
                        + ModelBundle.LATEST_FILE + " (train one with: briefing train-summary-scorer)");
            }
            byte[] json = source.read(METADATA_FILE);
            JsonNode tree = Json.MAPPER.readTree(json);
            int format = tree.path("format_version").asInt(-1);
            if (format != FORMAT) {
                throw new ModelLoadException("summary model " + dir + " has format version " + format + "; this build reads format " + FORMAT);
            }
            Metadata metadata = Json.MAPPER.treeToValue(tree, Metadata.class);
            if (!SentenceFeatures.NAMES.equals(metadata.features()) || metadata.featuresVersion() != SentenceFeatures.VERSION) {
                throw new ModelLoadException("summary model " + dir + " scores the features " + metadata.features() + " (version "
                        + metadata.featuresVersion() + "), not the ones this build computes " + SentenceFeatures.NAMES + " (version "
                        + SentenceFeatures.VERSION + "): retrain it (briefing train-summary-scorer)");
            }
            String expected = metadata.filesSha256() == null ? null : metadata.filesSha256().get(SCORER_FILE);
            if (!source.exists(SCORER_FILE)) throw new ModelLoadException("incomplete summary model: " + dir + "/" + SCORER_FILE + " is missing");
            byte[] scorer = source.read(SCORER_FILE);
            if (expected == null || !expected.equals(HadoopFiles.sha256(scorer))) {
                throw new ModelLoadException("checksum mismatch: " + dir + "/" + SCORER_FILE + " is not the file " + METADATA_FILE + " describes");
            }
            return new CheckedFiles(dir, metadata, scorer, json);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read summary model " + location + ": " + e.getMessage(), e);
        }
    }

    /** Writes the scorer's Tribuo model and model.json (with its checksum) to {@code dir}; returns the model as loaded back. */
    public static SummaryModel save(Configuration conf, String dir, Model<Label> model, Metadata metadata) throws IOException {
        HadoopFiles files = new HadoopFiles(conf);
        byte[] bytes = ModelBundle.gzip(model.serialize().toByteArray());
        files.write(dir + "/" + SCORER_FILE, bytes);
        Map<String, String> checksums = new TreeMap<>(Map.of(SCORER_FILE, HadoopFiles.sha256(bytes)));
        Metadata complete = new Metadata(FORMAT, metadata.modelVersion(), metadata.createdAt(), metadata.tribuoVersion(), SentenceFeatures.NAMES,
                SentenceFeatures.VERSION, metadata.topicModelVersion(), metadata.stopWordsSha256(), metadata.cost(), metadata.trainingData(),
                metadata.crossValidation(), checksums);
        files.writeText(dir + "/" + METADATA_FILE, Json.MAPPER.writeValueAsString(complete) + "\n");
        return load(conf, dir);
    }

    /**
     * The weights of a trained scorer, read through Tribuo's public API: each feature's weight for "picked" from
     * {@code getTopFeatures}, the bias from the model's own prediction for a sentence whose features are all 0, and
     * each word's share of the logit (its weight times {@link SentenceFeatures#WORD_VALUE}); the first feature's
     * weight and the strongest word's share are checked against the model's prediction for a sentence with just that.
     */
    public static SentenceScorer scorerOf(Model<Label> model) {
        Map<String, Double> byName = new HashMap<>();
        List<Pair<String, Double>> top = ((LibLinearClassificationModel) model).getTopFeatures(-1).get(PICKED);
        if (top == null) throw new ModelLoadException("the summary model has no \"" + PICKED + "\" label");
        List<String> names = SentenceFeatures.NAMES;
        Map<String, Double> words = new HashMap<>();
        String strongestWord = null;
        for (Pair<String, Double> p : top) {
            if (p.getA().startsWith(SentenceFeatures.WORD_PREFIX)) {
                words.put(p.getA(), p.getB() * SentenceFeatures.WORD_VALUE);
                if (strongestWord == null) strongestWord = p.getA();
                continue;
            }
            if (!names.contains(p.getA())) throw new ModelLoadException("the summary model has a feature this build does not compute: " + p.getA());
            byName.put(p.getA(), p.getB());
        }
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = byName.getOrDefault(names.get(i), 0.0);
        double[] zero = new double[weights.length];
        double bias = logOdds(model, zero, List.of());
        double[] one = new double[weights.length];
        one[0] = 1;
        boolean matches = agrees(logOdds(model, one, List.of()), bias + weights[0], bias)
                && (strongestWord == null || agrees(logOdds(model, zero, List.of(strongestWord)), bias + words.get(strongestWord), bias));
        if (!matches) throw new ModelLoadException("the weights read from the summary model do not give its own prediction");
        return new SentenceScorer(weights, bias, words);
    }

    /** A sentence as the scorer's Tribuo model sees it: its {@link SentenceFeatures} and its word features, each {@link SentenceFeatures#WORD_VALUE}. */
    public static ArrayExample<Label> example(Label label, double[] features, Collection<String> words) {
        String[] names = new String[features.length + words.size()];
        double[] values = new double[names.length];
        for (int i = 0; i < features.length; i++) {
            names[i] = SentenceFeatures.NAMES.get(i);
            values[i] = features[i];
        }
        int k = features.length;
        for (String word : words) {
            names[k] = word;
            values[k++] = SentenceFeatures.WORD_VALUE;
        }
        return new ArrayExample<>(label, names, values);
    }

    private static boolean agrees(double logOdds, double expected, double bias) {
        return Math.abs(logOdds - expected) <= 1e-6 * Math.max(1, Math.abs(bias));
    }

    private static double logOdds(Model<Label> model, double[] features, Collection<String> words) {
        double p = model.predict(example(LabelFactory.UNKNOWN_LABEL, features, words)).getOutputScores().get(PICKED).getScore();
        return Math.log(p) - Math.log1p(-p);
    }
}
