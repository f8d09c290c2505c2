package briefing.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicEvaluationTest {
    @Test
    void figuresMatchAHandCount() {
        List<Set<String>> truth = List.of(
                Set.of("sanctions"), Set.of("sanctions", "diplomacy"), Set.of(), Set.of("human_rights"));
        List<List<String>> predicted = List.of(
                List.of("sanctions"), List.of("diplomacy"), List.of("sanctions"), List.of("human_rights"));
        TopicEvaluation e = TopicEvaluation.of(truth, predicted);
        // sanctions: tp 1, fp 1, fn 1 -> P 0.5 R 0.5 F1 0.5; human_rights: 1/1/1; diplomacy: tp 1 -> 1/1/1
        assertEquals(0.5, e.perTopic().get("sanctions").precision(), 1e-9);
        assertEquals(0.5, e.perTopic().get("sanctions").recall(), 1e-9);
        assertEquals(1.0, e.perTopic().get("human_rights").f1(), 1e-9);
        assertEquals(1.0, e.perTopic().get("diplomacy").f1(), 1e-9);
        assertEquals(2, e.perTopic().get("sanctions").support());
        assertEquals((0.5 + 1 + 1) / 3, e.macroF1(), 1e-9);
        // micro: tp 3, fp 1, fn 1 -> 6 / 8
        assertEquals(0.75, e.microF1(), 1e-9);
        assertEquals(0.5, e.exactMatch(), 1e-9);
        assertTrue(e.toMarkdownTable().contains("| sanctions | 0.500 | 0.500 | 0.500 | 2 |"), e.toMarkdownTable());
    }

    @Test
    void figuresAreThoseOfTribuosMultiLabelEvaluator() {
        var model = multiLabelModel(SyntheticTopics.examples(60, 4L));
        java.util.Random random = new java.util.Random(12);
        List<Set<String>> truth = new java.util.ArrayList<>();
        List<List<String>> predicted = new java.util.ArrayList<>();
        List<org.tribuo.Prediction<org.tribuo.multilabel.MultiLabel>> predictions = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Set<String> t = new java.util.TreeSet<>(), p = new java.util.TreeSet<>();
            for (String topic : Topics.ALL) {
                if (random.nextInt(3) == 0) t.add(topic);
                if (random.nextInt(3) == 0) p.add(topic);
            }
            truth.add(t);
            predicted.add(List.copyOf(p));
            predictions.add(new org.tribuo.Prediction<>(TopicTrainer.toMultiLabel(p), 0,
                    new org.tribuo.impl.ArrayExample<>(TopicTrainer.toMultiLabel(t))));
        }
        var tribuo = new org.tribuo.multilabel.evaluation.MultiLabelEvaluator().evaluate(model, predictions, model.getProvenance().getDatasetProvenance());
        TopicEvaluation ours = TopicEvaluation.of(truth, predicted);
        for (String topic : Topics.ALL) {
            var label = new org.tribuo.multilabel.MultiLabel(topic);
            assertEquals(tribuo.precision(label), ours.perTopic().get(topic).precision(), 1e-12, topic);
            assertEquals(tribuo.recall(label), ours.perTopic().get(topic).recall(), 1e-12, topic);
            assertEquals(tribuo.f1(label), ours.perTopic().get(topic).f1(), 1e-12, topic);
        }
        assertEquals(tribuo.microAveragedF1(), ours.microF1(), 1e-12);
    }

    /** Any Tribuo multi-label model will do: the evaluator reads only its output domain and provenance. */
    static org.tribuo.Model<org.tribuo.multilabel.MultiLabel> multiLabelModel(List<LabelledVector> rows) {
        var factory = new org.tribuo.multilabel.MultiLabelFactory();
        List<org.tribuo.Example<org.tribuo.multilabel.MultiLabel>> examples = new java.util.ArrayList<>();
        for (LabelledVector row : rows) {
            examples.add(new org.tribuo.impl.ArrayExample<>(TopicTrainer.toMultiLabel(row.topics()), row.vector().terms(), row.vector().weights()));
        }
        var data = new org.tribuo.MutableDataset<>(new org.tribuo.datasource.ListDataSource<>(examples, factory,
                new org.tribuo.provenance.SimpleDataSourceProvenance("synthetic", factory)));
        return new org.tribuo.multilabel.sgd.linear.LinearSGDTrainer(new org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy(),
                new org.tribuo.math.optimisers.AdaGrad(0.5, 0.1), 2, Integer.MAX_VALUE, 1, 1L).train(data);
    }

    @Test
    void thresholdTunerPicksTheF1Maximum() {
        double[] scores = {0.9, 0.8, 0.35, 0.3, 0.1, 0.05};
        boolean[] truth = {true, true, true, false, false, false};
        double t = ThresholdTuner.bestF1Threshold(scores, truth);
        assertTrue(t > 0.30 && t <= 0.35, "threshold " + t);
    }

    @Test
    void foldsAreStratifiedAndCoverEveryRowOnce() {
        List<String> strata = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) strata.add(i < 10 ? "sanctions" : "");
        List<List<Integer>> folds = Folds.assign(strata, 5, 1L);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (List<Integer> fold : folds) {
            assertEquals(10, fold.size());
            assertEquals(2, fold.stream().filter(i -> i < 10).count(), "each fold gets 2 of the 10 rare rows");
            seen.addAll(fold);
        }
        assertEquals(50, seen.size());
        assertEquals(folds, Folds.assign(strata, 5, 1L), "same seed, same folds");
    }
}
