package briefing.topics;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DoubleProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.lang.reflect.Constructor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.baseline.IndependentMultiLabelModel;
import org.tribuo.multilabel.baseline.IndependentMultiLabelTrainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * NB-LR training: fits the log-count ratios on the training rows, then trains one Tribuo LibLinear logistic
 * regression per topic on that topic's scaled features ({@link LogCountRatios#scale}). The per-topic problems have
 * different features, which Tribuo's IndependentMultiLabelTrainer cannot give them, so the three binary models are
 * trained here, each with its own dataset provenance, and held in the same IndependentMultiLabelModel the plain
 * recipe produces (saved as one protobuf, evaluated by Tribuo's multi-label evaluator). Its provenance names the
 * IndependentMultiLabelTrainer over the same LibLinear trainer, plus the ratios' alpha and beta.
 *
 * <p>The held Tribuo model's own {@code predict} sees the plain vector, not the scaled one: scoring goes through
 * {@link TopicWeights} with the ratios, which the tests hold to each per-topic model's prediction on scaled features.
 */
final class NbLogisticTrainer {
    private static final LabelFactory LABELS = new LabelFactory();
    /** The model's instance provenance under this key holds beta: how a loaded model tells it needs its ratios. */
    static final String BETA_PROVENANCE = "nb-beta";

    /** A trained model and the ratios its features were scaled by. */
    record Trained(Model<MultiLabel> model, LogCountRatios ratios) {}

    private final LibLinearClassificationTrainer perTopic;
    private final double beta;

    NbLogisticTrainer(LibLinearClassificationTrainer perTopic, double beta) {
        this.perTopic = perTopic;
        this.beta = beta;
    }

    /**
     * @param dataset    the rows as a multi-label Tribuo dataset of plain vectors (its features, outputs and provenance
     *                   become the held model's)
     * @param rows       the same rows, in the same order
     * @param vocabulary the vectoriser's vocabulary, over which the ratios' sums run
     */
    Trained train(MutableDataset<MultiLabel> dataset, List<LabelledVector> rows, String[] vocabulary, String dataDescription) {
        LogCountRatios ratios = LogCountRatios.fit(rows, vocabulary, beta);
        List<Label> labels = new ArrayList<>();
        List<Model<Label>> models = new ArrayList<>();
        for (int t = 0; t < Topics.ALL.size(); t++) {
            String topic = Topics.ALL.get(t);
            MultiLabel positive = new MultiLabel(topic);
            List<org.tribuo.Example<Label>> examples = new ArrayList<>(rows.size());
            for (LabelledVector row : rows) {
                TermVector scaled = ratios.scale(t, row.vector());
                Label label = TopicTrainer.toMultiLabel(row.topics()).createLabel(new Label(topic));
                examples.add(new ArrayExample<>(label, scaled.terms(), scaled.weights()));
            }
            var provenance = new SimpleDataSourceProvenance(dataDescription + ", scaled by the " + topic + " log-count ratios (beta "
                    + beta + ")", LABELS);
            labels.add(new Label(positive.getLabelString()));
            models.add(perTopic.train(new MutableDataset<>(new ListDataSource<>(examples, LABELS, provenance))));
        }
        return new Trained(assemble(labels, models, dataset), ratios);
    }

    private IndependentMultiLabelModel assemble(List<Label> labels, List<Model<Label>> models, MutableDataset<MultiLabel> dataset) {
        Map<String, Provenance> instance = new LinkedHashMap<>();
        instance.put("feature-scaling", new StringProvenance("feature-scaling",
                "NB-LR: each topic's model trained on r o x / ||r o x||, r its log-count ratios (sign(l) |l|^beta)"));
        instance.put("nb-alpha", new DoubleProvenance("nb-alpha", LogCountRatios.ALPHA));
        instance.put(BETA_PROVENANCE, new DoubleProvenance(BETA_PROVENANCE, beta));
        ModelProvenance provenance = new ModelProvenance(IndependentMultiLabelModel.class.getName(), OffsetDateTime.now(),
                dataset.getProvenance(), new IndependentMultiLabelTrainer(perTopic).getProvenance(), instance);
        try {
            // Tribuo builds this model only inside its trainer; its constructor is package-private. Tribuo's version is pinned.
            Constructor<IndependentMultiLabelModel> constructor = IndependentMultiLabelModel.class.getDeclaredConstructor(
                    List.class, List.class, ModelProvenance.class, ImmutableFeatureMap.class, ImmutableOutputInfo.class);
            constructor.setAccessible(true);
            return constructor.newInstance(List.copyOf(labels), List.copyOf(models), provenance, dataset.getFeatureIDMap(),
                    dataset.getOutputIDInfo());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Tribuo version's IndependentMultiLabelModel has no (labels, models, provenance, "
                    + "features, outputs) constructor", e);
        }
    }
}
