package briefing.topics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-label figures for a set of predictions: per-topic precision, recall and F1, micro- and macro-F1 (counted
 * as Tribuo's multi-label evaluator counts them; {@code TopicEvaluationTest} holds the two to the same figures), and
 * exact match (the share of articles whose whole label set is right).
 */
public record TopicEvaluation(Map<String, TopicFigures> perTopic, double microF1, double macroF1, double exactMatch, int articles) {

    public record TopicFigures(double precision, double recall, double f1, int support) {}

    /**
     * @param truth      each article's true topics
     * @param predicted  each article's assigned topics, in the same order
     */
    public static TopicEvaluation of(List<Set<String>> truth, List<List<String>> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as truths, and at least one");
        }
        int exact = 0;
        int[] tp = new int[Topics.ALL.size()], fp = new int[Topics.ALL.size()], fn = new int[Topics.ALL.size()];
        for (int i = 0; i < truth.size(); i++) {
            Set<String> trueTopics = truth.get(i);
            Set<String> predictedTopics = Set.copyOf(predicted.get(i));
            if (trueTopics.equals(predictedTopics)) exact++;
            for (int t = 0; t < Topics.ALL.size(); t++) {
                boolean isTrue = trueTopics.contains(Topics.ALL.get(t)), isPredicted = predictedTopics.contains(Topics.ALL.get(t));
                if (isTrue && isPredicted) tp[t]++;
                else if (isPredicted) fp[t]++;
                else if (isTrue) fn[t]++;
            }
        }
        Map<String, TopicFigures> perTopic = new LinkedHashMap<>();
        double macro = 0;
        int tpAll = 0, fpAll = 0, fnAll = 0;
        for (int t = 0; t < Topics.ALL.size(); t++) {
            TopicFigures figures = new TopicFigures(ratio(tp[t], tp[t] + fp[t]), ratio(tp[t], tp[t] + fn[t]),
                    ratio(2 * tp[t], 2 * tp[t] + fp[t] + fn[t]), tp[t] + fn[t]);
            perTopic.put(Topics.ALL.get(t), figures);
            macro += figures.f1();
            tpAll += tp[t];
            fpAll += fp[t];
            fnAll += fn[t];
        }
        return new TopicEvaluation(perTopic, ratio(2 * tpAll, 2 * tpAll + fpAll + fnAll), macro / Topics.ALL.size(),
                (double) exact / truth.size(), truth.size());
    }

    /** 0 when nothing was counted (no prediction, or no true label), as Tribuo's evaluator reports it. */
    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
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
