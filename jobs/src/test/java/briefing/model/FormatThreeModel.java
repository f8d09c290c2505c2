package briefing.model;

import briefing.io.HadoopFiles;
import briefing.io.Json;
import briefing.topics.LogCountRatios;
import briefing.topics.TopicModel;
import briefing.topics.Topics;
import briefing.training.ModelCard;
import briefing.vectorize.SavedPipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Any;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.liblinear.protos.LibLinearModelProto;
import org.tribuo.impl.ModelDataCarrier;
import org.tribuo.multilabel.protos.IndependentMultiLabelModelProto;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;

/**
 * A model in the format releases before format 4 wrote (one Tribuo IndependentMultiLabelModel in
 * {@code topics.tribuo.pb}, NB-LR ratios in {@code nb-ratios.f32}), read through the protobuf classes Tribuo publishes,
 * and carried over to format 4 with the same weights: how {@code models/topics/v6} was converted. Test code only: the
 * job reads format 4 alone.
 *
 * <p>{@code java -cp <test class path> briefing.model.FormatThreeModel OLD_DIR NEW_DIR DESCRIPTION} writes the converted
 * model into NEW_DIR, which must hold a copy of OLD_DIR's {@code vectorizer/} (the fitted pipeline is kept byte for byte).
 */
public final class FormatThreeModel {
    public static final String TOPIC_MODEL_FILE = "topics.tribuo.pb";

    /** Each topic's binary LibLinear model as the old file holds it (each with its own feature map and provenance). */
    public final Map<String, Model<Label>> perTopic;
    final Map<String, ModelProto> perTopicProtos;
    public final LogCountRatios ratios;
    final JsonNode metadata;

    private FormatThreeModel(Map<String, Model<Label>> perTopic, Map<String, ModelProto> protos, LogCountRatios ratios, JsonNode metadata) {
        this.perTopic = perTopic;
        this.perTopicProtos = protos;
        this.ratios = ratios;
        this.metadata = metadata;
    }

    @SuppressWarnings("unchecked")
    public static FormatThreeModel read(Path dir) throws IOException {
        JsonNode metadata = Json.MAPPER.readTree(dir.resolve(ModelBundle.METADATA_FILE).toFile());
        if (metadata.path("format_version").asInt() != 3) throw new IllegalArgumentException(dir + " is not a format-3 model");
        byte[] bytes = Files.readAllBytes(dir.resolve(TOPIC_MODEL_FILE));
        if (!HadoopFiles.sha256(bytes).equals(metadata.path("topic_model_sha256").asText())) throw new IllegalArgumentException("checksum mismatch");
        IndependentMultiLabelModelProto wrapper = ModelProto.parseFrom(bytes).getSerializedData().unpack(IndependentMultiLabelModelProto.class);
        Map<String, Model<Label>> perTopic = new LinkedHashMap<>();
        Map<String, ModelProto> protos = new LinkedHashMap<>();
        for (ModelProto proto : wrapper.getModelsList()) {
            Model<Label> model = (Model<Label>) Model.deserialize(proto);
            String topic = null;
            for (String t : Topics.ALL) if (model.getOutputIDInfo().getID(new Label(t)) >= 0) topic = t;
            perTopic.put(topic, model);
            protos.put(topic, proto);
        }
        String[] vocabulary = SavedPipeline.read(vectorizerFiles(dir)).vocabulary();
        byte[] ratioBytes = Files.readAllBytes(dir.resolve(ModelBundle.NB_RATIOS_FILE));
        if (!HadoopFiles.sha256(ratioBytes).equals(metadata.path("nb_ratios_sha256").asText())) throw new IllegalArgumentException("checksum mismatch");
        return new FormatThreeModel(perTopic, protos, LogCountRatios.fromBytes(ratioBytes, vocabulary), metadata);
    }

    static Map<String, byte[]> vectorizerFiles(Path dir) throws IOException {
        Path root = dir.resolve(ModelBundle.VECTORIZER_DIR);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    /**
     * The same models in format 4's form: each topic's LibLinear weights and Tribuo output domain unchanged, over the
     * one shared feature map (the vocabulary with each term's training-row count, as the old maps counted it), with a
     * provenance that keeps the old model's dataset and trainer and adds the NB-LR scaling and where it came from.
     */
    TopicModel converted(String description) throws IOException {
        double beta = metadata.path("topic_model").path("nb_beta").asDouble();
        ImmutableFeatureMap old = perTopic.get(Topics.ALL.get(0)).getFeatureIDMap();
        List<VariableInfo> infos = new ArrayList<>();
        for (VariableInfo v : old) infos.add(TopicModel.presence(v.getName(), v.getCount()));
        ImmutableFeatureMap shared = new ImmutableFeatureMap(infos);
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            Model<Label> model = perTopic.get(topic);
            for (VariableInfo v : model.getFeatureIDMap()) {
                if (shared.getID(v.getName()) != model.getFeatureIDMap().getID(v.getName())) {
                    throw new IllegalStateException("the shared feature map gives " + v.getName() + " another id");
                }
            }
            if (shared.size() != model.getFeatureIDMap().size()) throw new IllegalStateException("the " + topic + " model has other features");
            ModelProto proto = perTopicProtos.get(topic);
            LibLinearModelProto liblinear = proto.getSerializedData().unpack(LibLinearModelProto.class);
            ModelDataCarrier<?> carrier = ModelDataCarrier.deserialize(liblinear.getMetadata());
            Map<String, com.oracle.labs.mlrg.olcut.provenance.Provenance> instance = TopicModel.instanceProvenance(topic, beta);
            instance.put("converted-from", new com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance("converted-from", description));
            ModelProvenance provenance = new ModelProvenance(model.getProvenance().getClassName(),
                    model.getProvenance().getTrainingTime(), model.getProvenance().getDatasetProvenance(),
                    model.getProvenance().getTrainerProvenance(), instance);
            @SuppressWarnings({"unchecked", "rawtypes"})
            ModelDataCarrier<?> replaced = new ModelDataCarrier(carrier.name(), provenance, shared, carrier.outputDomain(),
                    carrier.generatesProbabilities(), carrier.tribuoVersion());
            LibLinearModelProto rewritten = liblinear.toBuilder().setMetadata(replaced.serialize()).build();
            @SuppressWarnings("unchecked")
            Model<Label> back = (Model<Label>) Model.deserialize(proto.toBuilder().setSerializedData(Any.pack(rewritten)).build());
            models.put(topic, back);
        }
        return new TopicModel(models, ratios);
    }

    /** Writes the converted model; NEW_DIR already holds OLD_DIR's vectorizer/. */
    static ModelBundle convert(SparkSession spark, Path oldDir, Path newDir, String description) throws IOException {
        FormatThreeModel old = read(oldDir);
        ModelMetadata m = Json.MAPPER.convertValue(metadataFields(old.metadata, description), ModelMetadata.class);
        return ModelBundle.saveBesideVectorizer(spark, newDir.toString(), old.converted(description), m,
                SavedPipeline.read(vectorizerFiles(newDir)).vocabulary());
    }

    /** The old model.json's fields that format 4 keeps, its trainer described as format 4 holds it. */
    private static JsonNode metadataFields(JsonNode old, String description) {
        var m = old.deepCopy();
        var fields = (com.fasterxml.jackson.databind.node.ObjectNode) m;
        fields.remove(List.of("topic_model_sha256", "nb_ratios_sha256"));
        fields.put("format_version", ModelMetadata.FORMAT);
        var topicModel = (com.fasterxml.jackson.databind.node.ObjectNode) fields.get("topic_model");
        topicModel.put("trainer", briefing.topics.TopicModelSettings.NB_LR_DESCRIPTION);
        fields.put("converted_from", description);
        return m;
    }

    /** The old card with the new format's file rows, trainer description and per-topic provenance; every figure kept. */
    static String convertedCard(String card, ModelBundle converted) {
        List<String> lines = new ArrayList<>(List.of(card.split("\n", -1)));
        int files = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| topic model file |")) files = i;
            if (lines.get(i).startsWith("- trainer: ")) lines.set(i, "- trainer: " + converted.metadata().topicModel().get("trainer"));
        }
        lines.remove(files);
        if (lines.get(files).startsWith("| NB-LR ratios |")) lines.remove(files);
        lines.add(files, ModelCard.fileRows(converted.metadata()).stripTrailing());
        String text = String.join("\n", lines);
        return text.substring(0, text.indexOf("## Tribuo provenance")) + ModelCard.provenance(converted);
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("convert").getOrCreate();
        try {
            ModelBundle converted = convert(spark, Path.of(args[0]), Path.of(args[1]), args[2]);
            System.out.println("converted " + converted.metadata().modelVersion() + ": " + converted.metadata().filesSha256());
            Path card = Path.of(args[1], ModelBundle.CARD_FILE);
            Files.writeString(card, convertedCard(Files.readString(card), converted));
        } finally {
            spark.stop();
        }
    }
}
