package briefing.topics;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.baseline.IndependentMultiLabelModel;

/**
 * The topic model as what it is, a linear model: for each topic a weight per term and a bias, read once out of the
 * Tribuo model. A topic's log-odds for an article is bias + the sum of weight x value over its terms, so each term's
 * share of a score (the evidence behind a label) can be read off, and scoring needs no Tribuo example per article.
 *
 * <p>With NB-LR ratios r (a model trained on {@code r ∘ x / ||r ∘ x||}, see {@link LogCountRatios}) the weights held
 * here are the effective ones, {@code w ∘ r}, and the log-odds is {@code bias + (sum of (w ∘ r) x) / ||r ∘ x||}: the
 * same number as the Tribuo model's on the scaled vector, and each term's share still ranks by {@code w r x} (the
 * norm is the article's, the same for all its terms).
 */
public final class TopicWeights {
    private final Map<String, Map<String, Double>> weights;
    private final Map<String, Double> biases;
    /** Null for a model on the plain vector. */
    private final LogCountRatios ratios;

    TopicWeights(Map<String, Map<String, Double>> weights, Map<String, Double> biases) {
        this(weights, biases, null);
    }

    private TopicWeights(Map<String, Map<String, Double>> weights, Map<String, Double> biases, LogCountRatios ratios) {
        this.weights = weights;
        this.biases = biases;
        this.ratios = ratios;
    }

    /** The weights of a model trained on features scaled by these ratios; null ratios mean the plain vector. */
    public static TopicWeights of(Model<MultiLabel> model, LogCountRatios ratios) {
        TopicWeights plain = of(model);
        if (ratios == null) return plain;
        Map<String, Map<String, Double>> effective = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> e : plain.weights.entrySet()) {
            int topic = Topics.ALL.indexOf(e.getKey());
            Map<String, Double> byTerm = new HashMap<>(e.getValue().size() * 2);
            e.getValue().forEach((term, w) -> byTerm.put(term, w * ratios.ratio(topic, term)));
            effective.put(e.getKey(), byTerm);
        }
        return new TopicWeights(effective, plain.biases, ratios);
    }

    /** Reads the weights of a LibLinear-per-topic model or of a multi-label linear SGD model. */
    public static TopicWeights of(Model<MultiLabel> model) {
        if (model instanceof IndependentMultiLabelModel) return ofPerTopic(perTopicModels(model));
        if (model instanceof AbstractLinearSGDModel<?> sgd) return ofSgd(model, sgd);
        throw new IllegalArgumentException("not a linear topic model: " + model.getClass().getName());
    }

    /** The topic's log-odds for an article. */
    public double margin(String topic, TermVector vector) {
        if (ratios != null) return scaledMargin(topic, vector);
        Map<String, Double> w = weights.get(topic);
        double sum = biases.get(topic);
        String[] terms = vector.terms();
        double[] values = vector.weights();
        for (int i = 0; i < terms.length; i++) {
            Double weight = w.get(terms[i]);
            if (weight != null) sum += weight * values[i];
        }
        return sum;
    }

    private double scaledMargin(String topic, TermVector vector) {
        Map<String, Double> w = weights.get(topic);
        int t = Topics.ALL.indexOf(topic);
        String[] terms = vector.terms();
        double[] values = vector.weights();
        double dot = 0, squares = 0;
        for (int i = 0; i < terms.length; i++) {
            Double weight = w.get(terms[i]);
            if (weight != null) dot += weight * values[i];
            double scaled = ratios.ratio(t, terms[i]) * values[i];
            squares += scaled * scaled;
        }
        return squares > 0 ? biases.get(topic) + dot / Math.sqrt(squares) : biases.get(topic);
    }

    /** The ratios the model's features were scaled by; null for a model on the plain vector. */
    public LogCountRatios ratios() {
        return ratios;
    }

    /**
     * The weights laid out by vocabulary index, {@code [topic in Topics.ALL order][term id]}, with the biases and
     * which ids the model knows: a lookup per term becomes an array read.
     */
    Aligned alignedTo(String[] vocabulary) {
        double[][] byId = new double[Topics.ALL.size()][vocabulary.length];
        double[] bias = new double[Topics.ALL.size()];
        boolean[] known = new boolean[vocabulary.length];
        Map<String, Double> any = weights.values().iterator().next();
        for (int t = 0; t < Topics.ALL.size(); t++) {
            Map<String, Double> w = weights.get(Topics.ALL.get(t));
            bias[t] = biases.get(Topics.ALL.get(t));
            for (int id = 0; id < vocabulary.length; id++) byId[t][id] = w.getOrDefault(vocabulary[id], 0.0);
        }
        for (int id = 0; id < vocabulary.length; id++) known[id] = any.containsKey(vocabulary[id]);
        double[][] ratioById = null;
        if (ratios != null) {
            ratioById = new double[Topics.ALL.size()][vocabulary.length];
            for (int t = 0; t < Topics.ALL.size(); t++) {
                for (int id = 0; id < vocabulary.length; id++) ratioById[t][id] = ratios.ratio(t, vocabulary[id]);
            }
        }
        return new Aligned(vocabulary, byId, bias, known, ratioById);
    }

    /** @param ratioById null for a model on the plain vector; else each topic's NB-LR ratio per term id */
    record Aligned(String[] vocabulary, double[][] byId, double[] bias, boolean[] known, double[][] ratioById) {
        /**
         * Whether the vector's ids index this vocabulary: a vectoriser reading the same vocabulary array gives each
         * id the very string object of that array, which no other vocabulary has.
         */
        boolean fits(TermVector vector) {
            int[] ids = vector.ids();
            if (ids == null) return false;
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] < 0 || ids[i] >= vocabulary.length || vocabulary[ids[i]] != vector.terms()[i]) return false;
            }
            return true;
        }

        boolean knowsAny(TermVector vector) {
            for (int id : vector.ids()) if (known[id]) return true;
            return false;
        }

        /** The (effective) weight of the term with this vocabulary id for a topic; 0 for a term the model does not know. */
        double weight(int topic, int id) {
            return byId[topic][id];
        }

        double margin(int topic, TermVector vector) {
            if (ratioById != null) return scaledMargin(topic, vector);
            double sum = bias[topic];
            int[] ids = vector.ids();
            double[] values = vector.weights();
            double[] w = byId[topic];
            for (int i = 0; i < ids.length; i++) sum += w[ids[i]] * values[i];
            return sum;
        }

        private double scaledMargin(int topic, TermVector vector) {
            int[] ids = vector.ids();
            double[] values = vector.weights();
            double[] w = byId[topic];
            double[] r = ratioById[topic];
            double dot = 0, squares = 0;
            for (int i = 0; i < ids.length; i++) {
                dot += w[ids[i]] * values[i];
                double scaled = r[ids[i]] * values[i];
                squares += scaled * scaled;
            }
            return squares > 0 ? bias[topic] + dot / Math.sqrt(squares) : bias[topic];
        }
    }

    /** The (effective) weight of a term for a topic; 0 for a term the model does not know. */
    public double weight(String topic, String term) {
        return weights.get(topic).getOrDefault(term, 0.0);
    }

    /** Each topic's weight per term. */
    public Map<String, Map<String, Double>> byTopic() {
        return weights;
    }

    public boolean knows(String term) {
        return weights.values().iterator().next().containsKey(term);
    }

    private static TopicWeights ofPerTopic(Map<String, Model<Label>> perTopic) {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Map<String, Double> biases = new LinkedHashMap<>();
        for (Map.Entry<String, Model<Label>> e : perTopic.entrySet()) {
            if (!(e.getValue() instanceof LibLinearClassificationModel liblinear)) {
                throw new IllegalArgumentException("per-topic model is not LibLinear: " + e.getValue().getClass().getName());
            }
            de.bwaldvogel.liblinear.Model inner = liblinear.getInnerModels().get(0);
            double[] w = inner.getFeatureWeights();
            // A binary LibLinear model holds one weight vector, for the first of its two labels.
            int topicId = liblinear.getOutputIDInfo().getID(new Label(e.getKey()));
            double sign = inner.getLabels()[0] == topicId ? 1 : -1;
            int features = liblinear.getFeatureIDMap().size();
            Map<String, Double> byTerm = new HashMap<>(features * 2);
            for (VariableInfo info : liblinear.getFeatureIDMap()) {
                int id = liblinear.getFeatureIDMap().getID(info.getName());
                byTerm.put(info.getName(), sign * w[id]);
            }
            // Tribuo appends a constant feature (value 1) after the real ones; LibLinear's own bias term, if set, comes last.
            double bias = 0;
            for (int j = features; j < inner.getNrFeature(); j++) bias += w[j];
            if (inner.getBias() >= 0) bias += w[inner.getNrFeature()] * inner.getBias();
            weights.put(e.getKey(), byTerm);
            biases.put(e.getKey(), sign * bias);
        }
        return new TopicWeights(weights, biases);
    }

    private static TopicWeights ofSgd(Model<MultiLabel> model, AbstractLinearSGDModel<?> sgd) {
        DenseMatrix w = sgd.getWeightsCopy();
        int features = model.getFeatureIDMap().size();
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Map<String, Double> biases = new LinkedHashMap<>();
        for (MultiLabel output : model.getOutputIDInfo().getDomain()) {
            String topic = output.getLabelString();
            int row = model.getOutputIDInfo().getID(output);
            Map<String, Double> byTerm = new HashMap<>(features * 2);
            for (VariableInfo info : model.getFeatureIDMap()) {
                byTerm.put(info.getName(), w.get(row, model.getFeatureIDMap().getID(info.getName())));
            }
            weights.put(topic, byTerm);
            biases.put(topic, w.get(row, features));
        }
        return new TopicWeights(weights, biases);
    }

    /**
     * Tribuo's IndependentMultiLabelModel has no accessor for its per-topic models. Its fields are read directly:
     * going through its protobuf instead costs seconds per model (Tribuo serialises the feature map by reflection),
     * which cross-validation pays dozens of times. Tribuo's version is pinned and the tests cover this.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Model<Label>> perTopicModels(Model<MultiLabel> model) {
        try {
            Field labelsField = IndependentMultiLabelModel.class.getDeclaredField("labels");
            Field modelsField = IndependentMultiLabelModel.class.getDeclaredField("models");
            labelsField.setAccessible(true);
            modelsField.setAccessible(true);
            List<Label> labels = (List<Label>) labelsField.get(model);
            List<Model<Label>> models = (List<Model<Label>>) modelsField.get(model);
            Map<String, Model<Label>> byTopic = new LinkedHashMap<>();
            for (int i = 0; i < labels.size(); i++) byTopic.put(labels.get(i).getLabel(), models.get(i));
            return byTopic;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Tribuo version's IndependentMultiLabelModel has no labels/models fields", e);
        }
    }
}
