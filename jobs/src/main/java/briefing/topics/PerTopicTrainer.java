package briefing.topics;

import briefing.vectorize.TermVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link TopicModel}: one Tribuo LibLinear logistic regression per topic, on that topic's features (the
 * vector, or for NB-LR the vector scaled by the topic's log-count ratios, fitted here on the training rows), every
 * model over one feature map: the vectoriser's vocabulary.
 */
final class PerTopicTrainer {
    private static final LabelFactory LABELS = new LabelFactory();

    private final LibLinearClassificationTrainer perTopic;
    /** 0 for the plain vector; else the NB-LR ratios' exponent. */
    private final double beta;

    PerTopicTrainer(LibLinearClassificationTrainer perTopic, double beta) {
        this.perTopic = perTopic;
        this.beta = beta;
    }

    /**
     * @param rows       the training rows
     * @param vocabulary the vectoriser's vocabulary: the feature map, and what the ratios' sums run over
     */
    TopicModel train(List<LabelledVector> rows, String[] vocabulary, String dataDescription) {
        LogCountRatios ratios = beta > 0 ? LogCountRatios.fit(rows, vocabulary, beta) : null;
        ImmutableFeatureMap features = featureMap(rows, vocabulary);
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        for (int t = 0; t < Topics.ALL.size(); t++) {
            String topic = Topics.ALL.get(t);
            List<org.tribuo.Example<Label>> examples = new ArrayList<>(rows.size());
            for (LabelledVector row : rows) {
                TermVector v = ratios == null ? row.vector() : ratios.scale(t, row.vector());
                Label label = TopicTrainer.toMultiLabel(row.topics()).createLabel(new Label(topic));
                examples.add(new ArrayExample<>(label, v.terms(), v.weights()));
            }
            String description = dataDescription + (ratios == null ? ", " + topic + " against the rest"
                    : ", " + topic + " against the rest, scaled by the " + topic + " log-count ratios (beta " + beta + ")");
            var source = new ListDataSource<>(examples, LABELS, new SimpleDataSourceProvenance(description, LABELS));
            MutableDataset<Label> observed = new MutableDataset<>(source);
            ImmutableDataset<Label> dataset = ImmutableDataset.copyDataset(observed, features, observed.getOutputIDInfo());
            models.put(topic, perTopic.train(dataset, TopicModel.instanceProvenance(topic, beta)));
        }
        return new TopicModel(models, ratios);
    }

    /**
     * The one feature map of the three models: the vocabulary, each term counted in the training rows that contain
     * it. Its value statistics are those of presence (1.0): the models see differently scaled values of the same
     * terms, and Tribuo uses the map only to give each term its id.
     */
    static ImmutableFeatureMap featureMap(List<LabelledVector> rows, String[] vocabulary) {
        Map<String, Integer> counts = new HashMap<>(vocabulary.length * 2);
        for (String term : vocabulary) counts.put(term, 0);
        for (LabelledVector row : rows) {
            TermVector v = row.vector();
            for (int i = 0; i < v.size(); i++) counts.computeIfPresent(v.term(i), (k, n) -> n + 1);
        }
        List<VariableInfo> infos = new ArrayList<>(vocabulary.length);
        for (String term : vocabulary) infos.add(TopicModel.presence(term, counts.get(term)));
        return new ImmutableFeatureMap(infos);
    }
}
