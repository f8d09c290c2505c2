package briefing.topics;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DoubleProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.RealInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;

/**
 * The trained Tribuo side of a topic model: one binary LibLinear logistic regression per topic (the topic against the
 * rest), each trained on the features it is scored on, so that its own {@code predict()} is right: the vector for a
 * plain model, the vector scaled by the topic's NB-LR ratios ({@link LogCountRatios#scale}) for an NB-LR one. The
 * three share one feature map, the vectoriser's vocabulary ({@link PerTopicTrainer#featureMap}).
 *
 * @param perTopic the model of each topic, in {@link Topics#ALL} order
 * @param ratios   the NB-LR ratios the features were scaled by; null for the plain vector
 */
public record TopicModel(Map<String, Model<Label>> perTopic, LogCountRatios ratios) {
    /** The model's instance provenance under this key holds beta: how a loaded model tells it needs its ratios. */
    public static final String BETA_PROVENANCE = "nb-beta";

    public TopicModel {
        if (!perTopic.keySet().equals(new java.util.LinkedHashSet<>(Topics.ALL))) {
            throw new IllegalArgumentException("need one model for each of " + Topics.ALL + ", got " + perTopic.keySet());
        }
        ImmutableFeatureMap first = null;
        for (Map.Entry<String, Model<Label>> e : perTopic.entrySet()) {
            if (!(e.getValue() instanceof LibLinearClassificationModel)) {
                throw new IllegalArgumentException("the " + e.getKey() + " model is not a LibLinear classification model: "
                        + e.getValue().getClass().getName());
            }
            if (e.getValue().getOutputIDInfo().getID(new Label(e.getKey())) < 0) {
                throw new IllegalArgumentException("the " + e.getKey() + " model does not predict " + e.getKey());
            }
            boolean trainedOnRatios = e.getValue().getProvenance().getInstanceProvenance().getMap().containsKey(BETA_PROVENANCE);
            if (trainedOnRatios != (ratios != null)) {
                throw new IllegalArgumentException(trainedOnRatios
                        ? "the " + e.getKey() + " model was trained on features scaled by NB-LR ratios, and its ratios are missing"
                        : "NB-LR ratios were given for a " + e.getKey() + " model trained on plain features");
            }
            if (first == null) first = e.getValue().getFeatureIDMap();
            else if (!first.keySet().equals(e.getValue().getFeatureIDMap().keySet())) {
                throw new IllegalArgumentException("the per-topic models do not share one feature map");
            }
        }
        perTopic = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perTopic));
    }

    /** What the model's provenance adds to Tribuo's own: the topic, and for NB-LR how its features were scaled. */
    public static Map<String, Provenance> instanceProvenance(String topic, double beta) {
        Map<String, Provenance> instance = new LinkedHashMap<>();
        instance.put("topic", new StringProvenance("topic", topic + " (the positive label) against the rest"));
        if (beta > 0) {
            instance.put("feature-scaling", new StringProvenance("feature-scaling",
                    "NB-LR: trained on r o x / ||r o x||, r the topic's log-count ratios (sign(l) |l|^beta), in nb-ratios.f32"));
            instance.put("nb-alpha", new DoubleProvenance("nb-alpha", LogCountRatios.ALPHA));
            instance.put(TopicModel.BETA_PROVENANCE, new DoubleProvenance(TopicModel.BETA_PROVENANCE, beta));
        }
        return instance;
    }

    /** A term of the shared feature map ({@link PerTopicTrainer#featureMap}): its count of training rows, value statistics of presence. */
    public static RealInfo presence(String term, int count) {
        return new RealInfo(term, count, 1.0, 1.0, 1.0, 0.0);
    }

    /** The terms the models know (their shared feature map's names). */
    public java.util.Set<String> terms() {
        return perTopic.values().iterator().next().getFeatureIDMap().keySet();
    }

    public List<Model<Label>> models() {
        return List.copyOf(perTopic.values());
    }
}
