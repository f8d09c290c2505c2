package briefing.model;

import briefing.io.HadoopFiles;
import briefing.io.Json;
import briefing.topics.LogCountRatios;
import briefing.topics.TopicClassifier;
import briefing.topics.TopicModel;
import briefing.topics.TopicModelSettings;
import briefing.topics.Topics;
import briefing.vectorize.SavedPipeline;
import briefing.vectorize.TextVectorizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained model directory: the fitted MLlib vectoriser, one Tribuo model per topic, and {@code model.json}.
 * Loading checks every file against model.json's checksums and decodes everything once, on the driver, before any
 * article is read; it starts no Spark job (the vectoriser's saved files are read directly, {@link SavedPipeline}).
 *
 * <pre>
 * DIR/vectorizer/                   fitted MLlib PipelineModel (tokens, stop words, bigrams, vocabulary, IDF)
 * DIR/topics/TOPIC.tribuo.pb.gz     per topic, a Tribuo LibLinear model (the topic against the rest), gzipped protobuf
 * DIR/nb-ratios.f32                 NB-LR models only: the log-count ratios, 3 x vocabulary-size big-endian floats
 * DIR/model.json                    ModelMetadata: versions, settings, thresholds, training data hash, every file's checksum
 * DIR/MODEL_CARD.md, DIR/report/    the model card and its evaluation report
 * </pre>
 */
public final class ModelBundle {
    public static final String VECTORIZER_DIR = "vectorizer";
    public static final String TOPICS_DIR = "topics";
    public static final String TOPIC_MODEL_SUFFIX = ".tribuo.pb.gz";
    public static final String METADATA_FILE = "model.json";
    /** NB-LR models only: each topic's log-count ratio per vocabulary term ({@link LogCountRatios#toBytes()}). */
    public static final String NB_RATIOS_FILE = "nb-ratios.f32";
    public static final String CARD_FILE = "MODEL_CARD.md";
    /** In a folder of model versions, names the version to use by default. */
    public static final String LATEST_FILE = ModelSource.LATEST;

    private final SavedPipeline pipeline;
    private final TopicClassifier classifier;
    private final ModelMetadata metadata;
    private final String sha256;

    private ModelBundle(SavedPipeline pipeline, TopicClassifier classifier, ModelMetadata metadata, String sha256) {
        this.pipeline = pipeline;
        this.classifier = classifier;
        this.metadata = metadata;
        this.sha256 = sha256;
    }

    /** The vectoriser as read from its saved files: one plain-Java pass per article, and the IDF and stop words. */
    public SavedPipeline pipeline() { return pipeline; }
    public String[] vocabulary() { return pipeline.vocabulary(); }
    /** Laid out by the vectoriser's vocabulary array, so the vectors it gives are scored by id. */
    public TopicClassifier classifier() { return classifier; }
    public ModelMetadata metadata() { return metadata; }
    /** The SHA-256 of model.json, which holds every other file's: one checksum for the whole model. */
    public String sha256() { return sha256; }

    public static String topicModelFile(String topic) {
        return TOPICS_DIR + "/" + topic + TOPIC_MODEL_SUFFIX;
    }

    /**
     * The model location to use: {@code location} itself when it holds a model, else the version its LATEST file
     * names (so {@code models/topics}, or {@link ModelSource#BUNDLED}, means the current model).
     */
    public static String resolve(SparkSession spark, String location) {
        ModelSource source = ModelSource.of(spark.sparkContext().hadoopConfiguration(), location);
        try {
            ModelSource version = source.version(METADATA_FILE);
            if (version.exists(METADATA_FILE)) return version.location();
        } catch (IOException e) {
            throw new ModelLoadException("cannot read model directory " + location + ": " + e.getMessage(), e);
        }
        throw new ModelLoadException("no model at " + location + ": expected " + METADATA_FILE + " or " + LATEST_FILE
                + " (train one with: briefing train --labels FILE --model-out DIR)");
    }

    public static ModelBundle load(SparkSession spark, String location) {
        return check(spark, location).decode();
    }

    /**
     * A model's files, read and checked (model.json's format and Spark version, every file present and equal to its
     * checksum) but not decoded yet: the quick half of {@link #load}, which stops a run on a missing or altered file
     * before any work. {@link #decode} is the slow half and may run beside other work.
     */
    public record CheckedFiles(String dir, ModelMetadata metadata, Map<String, byte[]> files, byte[] json) {
        /** Decodes the vectoriser and the topic models; a corrupt or mismatched file is a {@link ModelLoadException}. */
        public ModelBundle decode() {
            return ModelBundle.decode(this);
        }
    }

    public static CheckedFiles check(SparkSession spark, String location) {
        ModelSource source = ModelSource.of(spark.sparkContext().hadoopConfiguration(), location);
        String dir = source.location();
        byte[] json;
        ModelMetadata metadata;
        try {
            require(source, METADATA_FILE);
            json = source.read(METADATA_FILE);
            JsonNode tree = Json.MAPPER.readTree(json);
            int format = tree.path("format_version").asInt(-1);
            if (format != ModelMetadata.FORMAT) {
                throw new ModelLoadException("model " + dir + " has format version " + format + "; this build reads format "
                        + ModelMetadata.FORMAT + " (an older version is rebuilt from its MODEL_CARD.md: see the README)");
            }
            metadata = Json.MAPPER.treeToValue(tree, ModelMetadata.class);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + dir + "/" + METADATA_FILE + ": " + e.getMessage(), e);
        }
        checkSparkVersion(metadata.sparkVersion(), spark.version(), dir);
        return new CheckedFiles(dir, metadata, readChecked(source, metadata), json);
    }

    private static ModelBundle decode(CheckedFiles checked) {
        String dir = checked.dir();
        ModelMetadata metadata = checked.metadata();
        Map<String, byte[]> files = checked.files();

        // The vectoriser and the three topic models are decoded side by side: Tribuo's deserialiser takes most of the time.
        Map<String, CompletableFuture<Model<Label>>> decoding = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            String file = topicModelFile(topic);
            decoding.put(topic, CompletableFuture.supplyAsync(() -> classificationModel(files.get(file), dir + "/" + file)));
        }
        SavedPipeline pipeline;
        try {
            pipeline = SavedPipeline.read(under(files, VECTORIZER_DIR + "/"));
        } catch (IllegalStateException e) {
            throw new ModelLoadException("corrupt model: " + dir + "/" + VECTORIZER_DIR + ": " + e.getMessage(), e);
        }
        Map<String, Model<Label>> perTopic = new LinkedHashMap<>();
        for (Map.Entry<String, CompletableFuture<Model<Label>>> e : decoding.entrySet()) {
            try {
                perTopic.put(e.getKey(), e.getValue().join());
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof ModelLoadException m) throw m;
                throw failed;
            }
        }
        String[] vocabulary = pipeline.vocabulary();
        if (!vocabularyChecksum(vocabulary).equals(metadata.vocabularySha256())) {
            throw new ModelLoadException("checksum mismatch: the vocabulary in " + dir + "/" + VECTORIZER_DIR + " is not the one model.json describes");
        }
        LogCountRatios ratios = null;
        if (files.containsKey(NB_RATIOS_FILE)) {
            try {
                ratios = LogCountRatios.fromBytes(files.get(NB_RATIOS_FILE), vocabulary);
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException("corrupt model: " + dir + "/" + NB_RATIOS_FILE + ": " + e.getMessage(), e);
            }
        }
        TopicModel topicModel;
        try {
            topicModel = new TopicModel(perTopic, ratios);
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException("corrupt model: " + dir + "/" + TOPICS_DIR + ": " + e.getMessage(), e);
        }
        if (!topicModel.terms().equals(new HashSet<>(List.of(vocabulary)))) {
            throw new ModelLoadException("the topic models in " + dir + "/" + TOPICS_DIR + " are for another vocabulary: their "
                    + topicModel.terms().size() + " features are not the vectoriser's " + vocabulary.length + " terms");
        }
        TopicClassifier classifier;
        try {
            classifier = new TopicClassifier(topicModel, vocabulary, metadata.thresholds(), metadata.calibration());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelLoadException("incomplete model: " + METADATA_FILE + " in " + dir + " lacks a topic's threshold or calibration: " + e.getMessage(), e);
        }
        return new ModelBundle(pipeline, classifier, metadata, HadoopFiles.sha256(checked.json()));
    }

    /** Every file model.json names, read and checked against its checksum; the topic models and the vectoriser must be among them. */
    private static Map<String, byte[]> readChecked(ModelSource source, ModelMetadata metadata) {
        String dir = source.location();
        Map<String, String> expected = metadata.filesSha256() == null ? Map.of() : metadata.filesSha256();
        Set<String> required = new HashSet<>();
        for (String topic : Topics.ALL) required.add(topicModelFile(topic));
        if (metadata.topicModel() != null && metadata.topicModel().containsKey(TopicModelSettings.NB_RATIO.key())) required.add(NB_RATIOS_FILE);
        for (String path : required) {
            if (!expected.containsKey(path)) throw new ModelLoadException("incomplete model: " + METADATA_FILE + " in " + dir + " names no " + path);
        }
        if (under(expected, VECTORIZER_DIR + "/").isEmpty()) {
            throw new ModelLoadException("incomplete model: " + METADATA_FILE + " in " + dir + " names no " + VECTORIZER_DIR + " file");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Map.Entry<String, String> e : expected.entrySet()) {
                require(source, e.getKey());
                byte[] bytes = source.read(e.getKey());
                if (!HadoopFiles.sha256(bytes).equals(e.getValue())) {
                    throw new ModelLoadException("checksum mismatch: " + dir + "/" + e.getKey() + " is not the file " + METADATA_FILE + " describes");
                }
                files.put(e.getKey(), bytes);
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read model at " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * A Tribuo classification model from its gzipped protobuf (never Java serialisation), through Tribuo's own
     * deserialiser: a topic's model, or the summariser's sentence scorer.
     */
    @SuppressWarnings("unchecked")
    static Model<Label> classificationModel(byte[] gzipped, String path) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(in));
            if (!model.validate(Label.class)) {
                throw new ModelLoadException("corrupt model: " + path + " is not a classification model: " + model.getClass().getName());
            }
            return (Model<Label>) model;
        } catch (InvalidProtocolBufferException e) {
            throw new ModelLoadException("corrupt model: " + path + " is not a valid (or a truncated) Tribuo protobuf: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelLoadException m) throw m;
            throw new ModelLoadException("corrupt model: " + path + ": " + e, e);
        }
    }

    /**
     * Writes a trained model: the fitted vectoriser as MLlib saves it, each topic's Tribuo model, the ratios, and
     * model.json with every file's checksum. Returns the model as {@link #load} reads it back.
     */
    public static ModelBundle save(SparkSession spark, String dir, PipelineModel vectorizer, TopicClassifier classifier, ModelMetadata metadata)
            throws IOException {
        TopicModel model = classifier.topicModel();
        if (model == null) throw new IllegalArgumentException("only a model of per-topic Tribuo models can be saved");
        vectorizer.write().overwrite().save(dir + "/" + VECTORIZER_DIR);
        return saveBesideVectorizer(spark, dir, model, metadata, TextVectorizer.vocabulary(vectorizer));
    }

    /**
     * Writes each topic's Tribuo model, the ratios and model.json (with the checksum of every file, the saved
     * vectoriser's included) into a directory that holds the vectoriser already. Returns the model as loaded back.
     */
    public static ModelBundle saveBesideVectorizer(SparkSession spark, String dir, TopicModel model, ModelMetadata metadata, String[] vocabulary)
            throws IOException {
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        Map<String, String> checksums = new TreeMap<>();
        for (String path : files.listFiles(dir + "/" + VECTORIZER_DIR)) {
            checksums.put(VECTORIZER_DIR + "/" + path, HadoopFiles.sha256(files.read(dir + "/" + VECTORIZER_DIR + "/" + path)));
        }
        Map<String, byte[]> written = new LinkedHashMap<>();
        model.perTopic().forEach((topic, m) -> written.put(topicModelFile(topic), gzip(m.serialize().toByteArray())));
        if (model.ratios() != null) written.put(NB_RATIOS_FILE, model.ratios().toBytes());
        for (Map.Entry<String, byte[]> e : written.entrySet()) {
            files.write(dir + "/" + e.getKey(), e.getValue());
            checksums.put(e.getKey(), HadoopFiles.sha256(e.getValue()));
        }
        ModelMetadata complete = new ModelMetadata(ModelMetadata.FORMAT, metadata.modelVersion(), metadata.createdAt(), metadata.sparkVersion(),
                metadata.tribuoVersion(), metadata.vectorizer(), metadata.topicModel(), metadata.thresholds(), metadata.calibration(),
                metadata.trainingData(), vocabulary.length, vocabularyChecksum(vocabulary), checksums, metadata.crossValidation(),
                metadata.convertedFrom());
        files.writeText(dir + "/" + METADATA_FILE, Json.MAPPER.writeValueAsString(complete) + "\n");
        return load(spark, dir);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static <V> Map<String, V> under(Map<String, V> files, String prefix) {
        Map<String, V> selected = new TreeMap<>();
        files.forEach((path, v) -> {
            if (path.startsWith(prefix)) selected.put(path.substring(prefix.length()), v);
        });
        return selected;
    }

    public static String vocabularyChecksum(String[] vocabulary) {
        return HadoopFiles.sha256(String.join("\n", vocabulary));
    }

    /** The fitted stages' saved form is only promised to load on the Spark version that wrote it. */
    static void checkSparkVersion(String trained, String running, String dir) {
        if (!majorMinor(trained).equals(majorMinor(running))) {
            throw new ModelLoadException("model " + dir + " was trained with Spark " + trained + " but this is Spark " + running
                    + ": its vectoriser may not load or may tokenise differently; retrain it with this Spark");
        }
    }

    private static String majorMinor(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }

    private static void require(ModelSource source, String path) throws IOException {
        if (!source.exists(path)) {
            throw new ModelLoadException("incomplete model: " + source.location() + "/" + path + " is missing");
        }
    }
}
