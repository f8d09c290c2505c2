package briefing.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.Label;
import org.tribuo.multilabel.MultiLabel;

/**
 * Trains the topic model: one Tribuo LibLinear logistic regression per topic ({@link PerTopicTrainer}), and a Platt
 * calibration and a threshold per topic fitted by an inner cross-validation on the training rows (never on the rows
 * it will be judged on).
 */
public final class TopicTrainer {
    /** Tribuo logs each training at INFO; cross-validation trains dozens of models. Held so the setting is not collected. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }
    private final TopicModelSettings settings;

    public TopicTrainer(TopicModelSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains on all the rows; the calibration and the thresholds come from an inner cross-validation on the same rows
     * (out-of-fold log-odds), so both are fitted on scores of rows the scoring model did not see. The model is laid out
     * by the vocabulary the rows' vectors were cut with (with NB-LR ratios, the ratios are fitted over it, on the
     * training rows of each model: the final one and every inner fold's).
     * @param dataDescription names the training data (path and hash) in the model's provenance
     */
    public TopicClassifier train(List<LabelledVector> examples, String dataDescription) {
        return train(examples, List.of(), dataDescription);
    }

    /**
     * As {@link #train(List, String)}, with rows that only fit the models: they join the training rows of the final
     * model and of every inner fold, but are never held out, so the calibration and the thresholds are fitted on the
     * scores of {@code examples} alone (fit-only rows chosen as hard cases would skew both).
     */
    public TopicClassifier train(List<LabelledVector> examples, List<LabelledVector> fitOnly, String dataDescription) {
        String[] vocabulary = vocabularyOf(Folds.joined(examples, fitOnly));
        Map<String, double[]> margins = outOfFoldMargins(examples, fitOnly, vocabulary, dataDescription);
        Map<String, PlattScaling> calibration = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            boolean[] truth = new boolean[examples.size()];
            for (int i = 0; i < truth.length; i++) truth[i] = examples.get(i).topics().contains(topic);
            PlattScaling platt = PlattScaling.fit(margins.get(topic), truth);
            double[] calibrated = new double[truth.length];
            for (int i = 0; i < truth.length; i++) calibrated[i] = platt.apply(margins.get(topic)[i]);
            calibration.put(topic, platt);
            thresholds.put(topic, ThresholdTuner.bestF1Threshold(calibrated, truth));
        }
        return scorer(Folds.joined(examples, fitOnly), vocabulary, dataDescription).withThresholds(thresholds, calibration);
    }

    /** The per-topic LibLinear models of the settings (plain or NB-LR), with neutral thresholds and no calibration. */
    TopicClassifier scorer(List<LabelledVector> examples, String[] vocabulary, String dataDescription) {
        requireEveryTopic(examples);
        TopicModel model = new PerTopicTrainer(perTopicTrainer(examples), settings.nbRatio()).train(examples, vocabulary, dataDescription);
        return new TopicClassifier(model, vocabulary, neutralThresholds(), TopicClassifier.identity());
    }

    /** The vocabulary array every row's vector was cut with; rows cut with different vectorisers are refused. */
    static String[] vocabularyOf(List<LabelledVector> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("no training rows");
        String[] vocabulary = rows.get(0).vector().vocabulary();
        for (LabelledVector row : rows) {
            if (row.vector().vocabulary() != vocabulary) {
                throw new IllegalArgumentException("the training rows were cut with different vocabularies (row " + row.id() + ")");
            }
        }
        return vocabulary;
    }

    private LibLinearClassificationTrainer perTopicTrainer(List<LabelledVector> examples) {
        var perTopic = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), settings.cost(), 1000, 0.01, settings.seed());
        if (settings.balanced()) perTopic.setLabelWeights(balancedWeights(examples));
        return perTopic;
    }

    /** Each topic's positives weighted by negatives / positives (the per-topic binary problems' negatives keep weight 1). */
    static Map<Label, Float> balancedWeights(List<LabelledVector> examples) {
        Map<Label, Float> weights = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            long positives = examples.stream().filter(e -> e.topics().contains(topic)).count();
            weights.put(new Label(topic), (float) (examples.size() - positives) / positives);
        }
        return weights;
    }

    /** Each topic's log-odds for every row, from models trained on the other inner folds. */
    private Map<String, double[]> outOfFoldMargins(List<LabelledVector> examples, List<LabelledVector> fitOnly, String[] vocabulary,
                                                   String dataDescription) {
        List<List<Integer>> folds = Folds.assign(strata(examples), settings.thresholdFolds(), settings.seed());
        Map<String, double[]> margins = new LinkedHashMap<>();
        for (String topic : Topics.ALL) margins.put(topic, new double[examples.size()]);
        for (List<Integer> heldOut : folds) {
            TopicClassifier scorer = scorer(Folds.joined(Folds.without(examples, heldOut), fitOnly), vocabulary, dataDescription + " (calibration fold)");
            for (int i : heldOut) {
                Map<String, Double> m = scorer.margins(examples.get(i).vector());
                // A row with no known term gets the model's bias alone; -10 stands for "nothing to go on".
                for (String topic : Topics.ALL) margins.get(topic)[i] = m == null ? -10 : m.get(topic);
            }
        }
        return margins;
    }

    /** The label set of each row, as text: the strata that keep folds balanced. */
    public static List<String> strata(List<LabelledVector> examples) {
        List<String> strata = new ArrayList<>(examples.size());
        for (LabelledVector e : examples) strata.add(Folds.stratum(e.topics()));
        return strata;
    }

    static Map<String, Double> neutralThresholds() {
        Map<String, Double> t = new LinkedHashMap<>();
        for (String topic : Topics.ALL) t.put(topic, 0.5);
        return t;
    }

    static MultiLabel toMultiLabel(Set<String> topics) {
        Set<Label> labels = new TreeSet<>((a, b) -> a.getLabel().compareTo(b.getLabel()));
        for (String topic : topics) labels.add(new Label(topic));
        return new MultiLabel(labels);
    }

    private static void requireEveryTopic(List<LabelledVector> examples) {
        for (String topic : Topics.ALL) {
            if (examples.stream().noneMatch(e -> e.topics().contains(topic))) {
                throw new IllegalArgumentException("the training data has no example of topic '" + topic + "'");
            }
        }
    }
}
