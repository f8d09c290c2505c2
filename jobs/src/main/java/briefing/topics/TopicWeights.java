package briefing.topics;

import briefing.vectorize.TermVector;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.impl.ArrayExample;

/**
 * The topic model as what it is, a linear model: for each topic a weight per vocabulary term and a bias, read once
 * out of the Tribuo models and laid out by vocabulary id ({@code [topic in Topics.ALL order][term id]}). A topic's
 * log-odds for an article is bias + the sum of weight x value over its terms, so each term's share of a score (the
 * evidence behind a label) can be read off, and scoring needs no Tribuo example per article. Plain arrays: this is
 * what the executors receive. Laid out by the vectoriser's vocabulary array, it scores the vectors cut with that
 * array, by their ids, and refuses any other.
 *
 * <p>With NB-LR ratios r (each topic's model trained on {@code r ∘ x / ||r ∘ x||}, see {@link LogCountRatios}) the
 * weights held here are the effective ones, {@code w ∘ r}, and the log-odds is {@code bias + (sum of (w ∘ r) x) / ||r ∘ x||}:
 * the same number as the topic's Tribuo model gives on the scaled vector, and each term's share still ranks by
 * {@code w r x} (the norm is the article's, the same for all its terms).
 */
public final class TopicWeights implements Serializable {
    private final String[] vocabulary;
    private final double[][] byId;
    private final double[] bias;
    /** Whether the model's feature map has the term with this id. */
    private final boolean[] known;
    /** Null for a model on the plain vector; else each topic's NB-LR ratio per term id. */
    private final double[][] ratioById;

    private TopicWeights(String[] vocabulary, double[][] byId, double[] bias, boolean[] known, double[][] ratioById) {
        this.vocabulary = vocabulary;
        this.byId = byId;
        this.bias = bias;
        this.known = known;
        this.ratioById = ratioById;
    }

    /**
     * The effective weights of one binary LibLinear model per topic, read through Tribuo's public API: each term's
     * weight for the topic from {@code getTopFeatures} (all of them), the bias from the model's own prediction for an
     * article whose one term has value 0, and both checked against its prediction for a one-term article. (Tribuo's
     * {@code getInnerModels} would copy each model through LibLinear's text format, slower than the rest of loading.)
     * Laid out for {@code vocabulary}, the array the vectors to score are cut with.
     */
    public static TopicWeights of(TopicModel model, String[] vocabulary) {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Map<String, Double> biases = new LinkedHashMap<>();
        model.perTopic().forEach((topic, m) -> {
            Map<String, Double> byTerm = new HashMap<>(m.getFeatureIDMap().size() * 2);
            for (Pair<String, Double> p : ((LibLinearClassificationModel) m).getTopFeatures(-1).get(topic)) byTerm.put(p.getA(), p.getB());
            String term = m.getFeatureIDMap().get(0).getName();
            double bias = margin(m, topic, term, 0.0);
            double oneTerm = margin(m, topic, term, 1.0);
            if (Math.abs(oneTerm - bias - byTerm.get(term)) > 1e-6 * Math.max(1, Math.abs(oneTerm))) {
                throw new IllegalStateException("the weights read from the " + topic + " model do not give its own prediction");
            }
            weights.put(topic, byTerm);
            biases.put(topic, bias);
        });
        return of(weights, biases, model.ratios(), vocabulary);
    }

    /** The log-odds of the topic the model itself predicts for an article with one term of this value. */
    private static double margin(Model<Label> model, String topic, String term, double value) {
        double p = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, new String[] {term}, new double[] {value}))
                .getOutputScores().get(topic).getScore();
        return Math.log(p) - Math.log1p(-p);
    }

    /**
     * @param weights    each topic's model weight per term (the terms its feature map has)
     * @param ratios     the NB-LR ratios the models were trained with; null for the plain vector
     * @param vocabulary the id layout: the array the vectors to score are cut with
     */
    static TopicWeights of(Map<String, Map<String, Double>> weights, Map<String, Double> biases, LogCountRatios ratios, String[] vocabulary) {
        for (String topic : Topics.ALL) {
            if (!weights.containsKey(topic) || !biases.containsKey(topic)) throw new IllegalArgumentException("no weights for topic " + topic);
        }
        Map<String, Double> any = weights.get(Topics.ALL.get(0));
        int topics = Topics.ALL.size();
        double[][] byId = new double[topics][vocabulary.length];
        double[] bias = new double[topics];
        boolean[] known = new boolean[vocabulary.length];
        for (int t = 0; t < topics; t++) {
            Map<String, Double> w = weights.get(Topics.ALL.get(t));
            bias[t] = biases.get(Topics.ALL.get(t));
            for (int id = 0; id < vocabulary.length; id++) byId[t][id] = w.getOrDefault(vocabulary[id], 0.0);
        }
        for (int id = 0; id < vocabulary.length; id++) known[id] = any.containsKey(vocabulary[id]);
        return scaled(vocabulary, byId, bias, known, ratios);
    }

    /** The model weights by id made effective: times each topic's NB-LR ratio of the term (none: as they are). */
    private static TopicWeights scaled(String[] vocabulary, double[][] byId, double[] bias, boolean[] known, LogCountRatios ratios) {
        if (ratios == null) return new TopicWeights(vocabulary, byId, bias, known, null);
        double[][] ratioById = new double[byId.length][vocabulary.length];
        for (int t = 0; t < byId.length; t++) {
            for (int id = 0; id < vocabulary.length; id++) {
                ratioById[t][id] = ratios.ratio(t, vocabulary[id]);
                byId[t][id] *= ratioById[t][id];
            }
        }
        return new TopicWeights(vocabulary, byId, bias, known, ratioById);
    }

    /** Refuses a vector cut with another vocabulary than the one these weights are laid out by: its ids would mean other terms. */
    void requireVocabularyOf(TermVector vector) {
        if (vector.vocabulary() != vocabulary) {
            throw new IllegalArgumentException("the vector was cut with another vocabulary than the topic model's ("
                    + vector.vocabulary().length + " terms, the model's " + vocabulary.length + "): score vectors of the model's own vectoriser");
        }
    }

    /** Whether the model knows any term of the vector. */
    boolean knowsAny(TermVector vector) {
        requireVocabularyOf(vector);
        for (int id : vector.ids()) if (known[id]) return true;
        return false;
    }

    /** The log-odds of topic {@code Topics.ALL.get(topic)} for an article. */
    double margin(int topic, TermVector vector) {
        requireVocabularyOf(vector);
        int[] ids = vector.ids();
        double[] values = vector.weights();
        double[] w = byId[topic];
        double dot = 0, squares = 0;
        for (int i = 0; i < ids.length; i++) {
            dot += w[ids[i]] * values[i];
            if (ratioById != null) {
                double scaled = ratioById[topic][ids[i]] * values[i];
                squares += scaled * scaled;
            }
        }
        if (ratioById == null) return bias[topic] + dot;
        return squares > 0 ? bias[topic] + dot / Math.sqrt(squares) : bias[topic];
    }

    /** The (effective) weight for a topic of the vector's i-th term; 0 for a term the model does not know. */
    double weight(int topic, TermVector vector, int i) {
        requireVocabularyOf(vector);
        return byId[topic][vector.ids()[i]];
    }

    public boolean usesRatios() {
        return ratioById != null;
    }

    public String[] vocabulary() {
        return vocabulary;
    }

    /** Each topic's (effective) weight per term the model knows. */
    public Map<String, Map<String, Double>> byTopic() {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        for (int t = 0; t < Topics.ALL.size(); t++) {
            Map<String, Double> byTerm = new HashMap<>(vocabulary.length * 2);
            for (int id = 0; id < vocabulary.length; id++) if (known[id]) byTerm.put(vocabulary[id], byId[t][id]);
            weights.put(Topics.ALL.get(t), byTerm);
        }
        return weights;
    }
}
