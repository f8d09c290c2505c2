package briefing.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.evaluation.MultiLabelEvaluation;
import org.tribuo.multilabel.evaluation.MultiLabelEvaluator;

/**
 * Multi-label figures for a set of predictions: per-topic precision, recall and F1 (from Tribuo's evaluator),
 * micro- and macro-F1, and exact match (the share of articles whose whole label set is right).
 */
public record TopicEvaluation(Map<String, TopicFigures> perTopic, double microF1, double macroF1, double exactMatch, int articles) {

    public record TopicFigures(double precision, double recall, double f1, int support) {}

    /**
     * @param model      any model with the three topics in its output domain (it names the labels to evaluate)
     * @param truth      each article's true topics
     * @param predicted  each article's assigned topics, in the same order
     */
    public static TopicEvaluation of(Model<MultiLabel> model, List<Set<String>> truth, List<List<String>> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as truths, and at least one");
        }
        List<Prediction<MultiLabel>> predictions = new ArrayList<>(truth.size());
        int exact = 0;
        for (int i = 0; i < truth.size(); i++) {
            Set<String> trueTopics = truth.get(i);
            Set<String> predictedTopics = Set.copyOf(predicted.get(i));
            if (trueTopics.equals(predictedTopics)) exact++;
            var example = new ArrayExample<>(TopicTrainer.toMultiLabel(trueTopics));
            predictions.add(new Prediction<>(TopicTrainer.toMultiLabel(predictedTopics), 0, example));
        }
        MultiLabelEvaluation evaluation = new MultiLabelEvaluator().evaluate(model, predictions, model.getProvenance().getDatasetProvenance());
        Map<String, TopicFigures> perTopic = new LinkedHashMap<>();
        double macro = 0;
        for (String topic : Topics.ALL) {
            MultiLabel label = new MultiLabel(topic);
            int support = (int) truth.stream().filter(t -> t.contains(topic)).count();
            TopicFigures figures = new TopicFigures(evaluation.precision(label), evaluation.recall(label), evaluation.f1(label), support);
            perTopic.put(topic, figures);
            macro += figures.f1();
        }
        return new TopicEvaluation(perTopic, evaluation.microAveragedF1(), macro / Topics.ALL.size(), (double) exact / truth.size(), truth.size());
    }

    /** A plain-text table, as printed by {@code briefing evaluate} and copied into model cards. */
    public String toMarkdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| topic | precision | recall | F1 | support |\n");
        sb.append("|---|---:|---:|---:|---:|\n");
        perTopic.forEach((topic, f) -> sb.append(String.format("| %s | %.3f | %.3f | %.3f | %d |%n", topic, f.precision(), f.recall(), f.f1(), f.support())));
        sb.append(String.format("| **micro-F1** | | | %.3f | %d |%n", microF1, articles));
        sb.append(String.format("| **macro-F1** | | | %.3f | |%n", macroF1));
        sb.append(String.format("| **exact match** | | | %.3f | |%n", exactMatch));
        return sb.toString();
    }
}
