package briefing.model;

import briefing.topics.LogCountRatios;
import briefing.topics.TopicClassifier;
import briefing.vectorize.TextVectorizer;
import java.io.IOException;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/**
 * A trained model directory: the fitted MLlib vectoriser, the Tribuo topic model in protobuf form, and
 * {@code model.json}. Loading checks everything it can before any article is read.
 *
 * <pre>
 * DIR/vectorizer/        fitted MLlib PipelineModel (tokens, stop words, bigrams, vocabulary, IDF)
 * DIR/topics.tribuo.pb   Tribuo multi-label model, protobuf
 * DIR/nb-ratios.f32      NB-LR models only: the log-count ratios, 3 x vocabulary-size big-endian floats
 * DIR/model.json         ModelMetadata: versions, settings, thresholds, training data hash, checksums
 * DIR/MODEL_CARD.md      the model card
 * </pre>
 */
public final class ModelBundle {
    public static final String VECTORIZER_DIR = "vectorizer";
    public static final String TOPIC_MODEL_FILE = "topics.tribuo.pb";
    public static final String METADATA_FILE = "model.json";
    /** NB-LR models only: each topic's log-count ratio per vocabulary term ({@link LogCountRatios#toBytes()}). */
    public static final String NB_RATIOS_FILE = "nb-ratios.f32";
    public static final String CARD_FILE = "MODEL_CARD.md";
    /** In a folder of model versions, names the version to use by default. */
    public static final String LATEST_FILE = "LATEST";

    private final PipelineModel vectorizer;
    private final String[] vocabulary;
    private final byte[] topicModelProtobuf;
    private final TopicClassifier classifier;
    private final ModelMetadata metadata;

    public ModelBundle(PipelineModel vectorizer, TopicClassifier classifier, ModelMetadata metadata) {
        this(vectorizer, classifier.toProtobuf(), classifier, metadata);
    }

    private ModelBundle(PipelineModel vectorizer, byte[] protobuf, TopicClassifier classifier, ModelMetadata metadata) {
        this.vectorizer = vectorizer;
        this.vocabulary = TextVectorizer.vocabulary(vectorizer);
        this.topicModelProtobuf = protobuf;
        this.classifier = classifier;
        this.metadata = metadata;
    }

    /** The same model with other metadata (same protobuf bytes, so checksums stay valid). */
    public ModelBundle withMetadata(ModelMetadata newMetadata) {
        return new ModelBundle(vectorizer, topicModelProtobuf, classifier, newMetadata);
    }

    public PipelineModel vectorizer() { return vectorizer; }
    public String[] vocabulary() { return vocabulary; }
    public byte[] topicModelProtobuf() { return topicModelProtobuf; }
    public TopicClassifier classifier() { return classifier; }
    public ModelMetadata metadata() { return metadata; }

    /**
     * The model directory to use: {@code dir} itself when it holds a model, else the version its LATEST file
     * names (so {@code models/topics} means the current model).
     */
    public static String resolve(SparkSession spark, String dir) {
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        try {
            if (files.exists(dir + "/" + METADATA_FILE)) return dir;
            if (files.exists(dir + "/" + LATEST_FILE)) return dir + "/" + files.readText(dir + "/" + LATEST_FILE).trim();
        } catch (IOException e) {
            throw new ModelLoadException("cannot read model directory " + dir + ": " + e.getMessage(), e);
        }
        throw new ModelLoadException("no model at " + dir + ": expected " + METADATA_FILE + " or " + LATEST_FILE
                + " (train one with: briefing train --labels FILE --model-out DIR)");
    }

    public static ModelBundle load(SparkSession spark, String dir) {
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        ModelMetadata metadata;
        byte[] protobuf;
        byte[] ratiosBytes = null;
        try {
            require(files, dir + "/" + METADATA_FILE);
            require(files, dir + "/" + TOPIC_MODEL_FILE);
            require(files, dir + "/" + VECTORIZER_DIR + "/metadata");
            metadata = Json.MAPPER.readValue(files.read(dir + "/" + METADATA_FILE), ModelMetadata.class);
            protobuf = files.read(dir + "/" + TOPIC_MODEL_FILE);
            if (metadata.nbRatiosSha256() != null) {
                require(files, dir + "/" + NB_RATIOS_FILE);
                ratiosBytes = files.read(dir + "/" + NB_RATIOS_FILE);
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read model at " + dir + ": " + e.getMessage(), e);
        }
        if (metadata.formatVersion() < 1 || metadata.formatVersion() > ModelMetadata.NEWEST_FORMAT) {
            throw new ModelLoadException("model " + dir + " has format version " + metadata.formatVersion()
                    + "; this build reads versions 1 to " + ModelMetadata.NEWEST_FORMAT);
        }
        checkSparkVersion(metadata.sparkVersion(), spark.version(), dir);
        if (!HadoopFiles.sha256(protobuf).equals(metadata.topicModelSha256())) {
            throw new ModelLoadException("checksum mismatch: " + dir + "/" + TOPIC_MODEL_FILE + " is not the file model.json describes");
        }
        PipelineModel vectorizer = PipelineModel.load(dir + "/" + VECTORIZER_DIR);
        String[] vocabulary = TextVectorizer.vocabulary(vectorizer);
        if (!vocabularyChecksum(vocabulary).equals(metadata.vocabularySha256())) {
            throw new ModelLoadException("checksum mismatch: the vocabulary in " + dir + "/" + VECTORIZER_DIR + " is not the one model.json describes");
        }
        LogCountRatios ratios = ratiosBytes == null ? null : ratios(ratiosBytes, vocabulary, metadata, dir);
        TopicClassifier classifier;
        try {
            classifier = TopicClassifier.fromProtobuf(protobuf, ratios, metadata.thresholds(),
                    metadata.calibration() == null ? TopicClassifier.identity() : metadata.calibration());
        } catch (RuntimeException e) {
            throw new ModelLoadException("corrupt model: " + dir + "/" + TOPIC_MODEL_FILE + ": " + e.getMessage(), e);
        }
        return new ModelBundle(vectorizer, protobuf, classifier, metadata);
    }

    public void save(SparkSession spark, String dir) throws IOException {
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        vectorizer.write().overwrite().save(dir + "/" + VECTORIZER_DIR);
        files.write(dir + "/" + TOPIC_MODEL_FILE, topicModelProtobuf);
        if (classifier.ratios() != null) files.write(dir + "/" + NB_RATIOS_FILE, classifier.ratios().toBytes());
        files.writeText(dir + "/" + METADATA_FILE, Json.MAPPER.writeValueAsString(metadata) + "\n");
    }

    /** The NB-LR ratios file, checked against model.json's checksum and the vocabulary's size. */
    private static LogCountRatios ratios(byte[] bytes, String[] vocabulary, ModelMetadata metadata, String dir) {
        if (!HadoopFiles.sha256(bytes).equals(metadata.nbRatiosSha256())) {
            throw new ModelLoadException("checksum mismatch: " + dir + "/" + NB_RATIOS_FILE + " is not the file model.json describes");
        }
        try {
            return LogCountRatios.fromBytes(bytes, vocabulary);
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException("corrupt model: " + dir + "/" + NB_RATIOS_FILE + ": " + e.getMessage(), e);
        }
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

    private static void require(HadoopFiles files, String path) throws IOException {
        if (!files.exists(path)) {
            throw new ModelLoadException("incomplete model: " + path + " is missing");
        }
    }
}
