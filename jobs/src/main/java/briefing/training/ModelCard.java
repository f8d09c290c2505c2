package briefing.training;

import briefing.model.ModelBundle;
import briefing.model.ModelMetadata;
import briefing.topics.TopicEvaluation;
import java.util.List;
import java.util.Map;

/** Renders a model's card: what it is for, what it was trained on and how, how well it does, how to rebuild it. */
public final class ModelCard {
    private ModelCard() {}

    /**
     * @param report      the cross-validation's report, written to {@code report/} in the model directory; null without one
     * @param heldOutSections Markdown that follows the cross-validated figures: per-corpus figures and the time split
     * @param recipeArgs  the recipe flags given to {@code briefing train} whose values are not the defaults, one word a flag
     *                    name or value (e.g. {@code --nb-ratio}, {@code 0.5}), for the rebuild command
     */
    public static String render(ModelBundle bundle, TopicEvaluation crossValidated, EvaluationReport report, String heldOutSections,
                                String labelsPath, String modelDir, List<String> recipeArgs) {
        ModelMetadata m = bundle.metadata();
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: ").append(m.modelVersion()).append("\n\n");
        sb.append("Multi-label topic model of Briefing: gives every news article a score for `sanctions`, `human_rights` and\n")
          .append("`diplomacy` (labels as defined in the training data's LABELLING.md) and assigns each topic whose score reaches its\n")
          .append("threshold. Written by `briefing train`; every figure below comes from that command.\n\n");

        sb.append("| | |\n|---|---|\n");
        sb.append("| version | `").append(m.modelVersion()).append("` |\n");
        sb.append("| trained | ").append(m.createdAt()).append(" |\n");
        sb.append("| Spark | ").append(m.sparkVersion()).append(" (the vectoriser loads only on Spark ").append(m.sparkVersion().replaceAll("^(\\d+\\.\\d+).*", "$1")).append(".x) |\n");
        sb.append("| Tribuo | ").append(m.tribuoVersion()).append(" |\n");
        sb.append("| vocabulary | ").append(m.vocabularySize()).append(" terms, sha256 `").append(m.vocabularySha256()).append("` |\n");
        sb.append(fileRows(m));
        sb.append('\n');

        ModelMetadata.TrainingData data = m.trainingData();
        sb.append("## Training data\n\n");
        sb.append("`").append(data.path()).append("`, ").append(data.rows()).append(" rows, sha256 `").append(data.sha256()).append("`.\n");
        sb.append("Rows per label: ");
        data.labelCounts().forEach((label, n) -> sb.append(label).append(' ').append(n).append(", "));
        sb.setLength(sb.length() - 2);
        sb.append(".\n\n");
        Object extra = m.topicModel().get("extra_labels");
        if (extra != null) {
            sb.append("Extra labels, corpus articles the project labelled by the same guide (`--extra-labels`): ").append(extra)
              .append(".\nThey join every model's training rows (the vectoriser's, the final model's and every fold's), but are never\n"
                    + "held out and never used for calibration or thresholds, so the figures below are the labelled rows' alone.\n"
                    + "(Tribuo's provenance below names the labelled file only; its example count includes these rows.)\n\n");
        }
        String fittedOn = extra == null ? "the training rows" : "the training rows and the extra labels' rows";

        sb.append("## Settings\n\n");
        sb.append("Vectoriser (Spark MLlib pipeline, fitted on ").append(fittedOn).append(", saved in `").append(ModelBundle.VECTORIZER_DIR).append("/`):\n\n");
        appendSettings(sb, m.vectorizer());
        sb.append("\nTopic model (Tribuo):\n\n");
        appendSettings(sb, m.topicModel());
        sb.append("\nCalibration (Platt scaling of each topic's log-odds z: score = 1 / (1 + exp(-(slope z + intercept))), fitted on\n")
          .append("out-of-fold log-odds of an inner cross-validation on the labelled training rows):\n\n");
        m.calibration().forEach((topic, p) -> sb.append(String.format("- `%s`: slope %.4f, intercept %.4f%n", topic, p.slope(), p.intercept())));
        sb.append("\nThresholds (each the F1-maximising value on out-of-fold calibrated scores inside the labelled training rows):\n\n");
        m.thresholds().forEach((topic, t) -> sb.append("- `").append(topic).append("`: ").append(t).append('\n'));

        sb.append("\n## Cross-validated figures\n\n");
        if (crossValidated == null) {
            sb.append("Not computed (trained with `--folds 0`).\n");
        } else {
            sb.append(m.crossValidation().get("folds")).append("-fold stratified cross-validation of the whole recipe (vectoriser, model and\n")
              .append("thresholds refitted in each fold), seed ").append(m.crossValidation().get("seed")).append(", pooled over held-out rows:\n\n");
            sb.append(crossValidated.toMarkdownTable());
        }
        sb.append(heldOutSections);
        if (report != null) {
            sb.append("\nReliability of the held-out calibrated scores (`topic_scores`), per topic:\n\n").append(report.calibrationTable());
            sb.append("\nThe full report, with precision and recall against threshold and the reliability chart: [report/")
              .append(EvaluationReport.MARKDOWN).append("](report/").append(EvaluationReport.MARKDOWN).append(").\n");
        }
        sb.append("\nEvery recipe variant compared before choosing this one, with the command of each: [research/README.md](../../../research/README.md).\n");

        sb.append("\n## Rebuild\n\n```\n").append(rebuildCommand(labelsPath, modelDir, recipeArgs)).append("\n```\n\n");
        sb.append("The folds and the trainers are seeded, so a rebuild on the same data and versions gives the same figures.\n\n");

        sb.append("## Limits\n\n");
        sb.append("- Trained on English news (the training data above); other languages and very different registers are\n")
          .append("  out of scope and their scores are not meaningful.\n")
          .append("- Scores are calibrated on the labelled set's mix of topics; on a feed with far fewer topical stories they overstate.\n")
          .append("- A linear bag-of-words model: it can be fooled by topic words used in other senses.\n\n");

        sb.append(provenance(bundle));
        return sb.toString();
    }

    /** The card's table rows for the model's files: each topic's Tribuo model, the ratios, model.json. */
    public static String fileRows(ModelMetadata m) {
        StringBuilder sb = new StringBuilder();
        for (String topic : m.thresholds().keySet()) {
            String file = ModelBundle.topicModelFile(topic);
            sb.append("| ").append(topic).append(" model | `").append(file).append("` (Tribuo LibLinear model, gzipped protobuf), sha256 `")
              .append(m.filesSha256().get(file)).append("` |\n");
        }
        if (m.filesSha256().containsKey(ModelBundle.NB_RATIOS_FILE)) {
            sb.append("| NB-LR ratios | `").append(ModelBundle.NB_RATIOS_FILE).append("` (3 x ").append(m.vocabularySize())
              .append(" big-endian floats, topic by topic in vocabulary order), sha256 `").append(m.filesSha256().get(ModelBundle.NB_RATIOS_FILE)).append("` |\n");
        }
        sb.append("| model.json | lists every file of the model with its sha256; each is checked on load |\n");
        return sb.toString();
    }

    /** Each topic's Tribuo provenance: its training data, trainer and settings, and how its features were scaled. */
    public static String provenance(ModelBundle bundle) {
        StringBuilder sb = new StringBuilder("## Tribuo provenance\n\n");
        if (bundle.metadata().convertedFrom() != null) sb.append(bundle.metadata().convertedFrom()).append("\n\n");
        bundle.classifier().topicModel().perTopic().forEach((topic, model) ->
                sb.append("`").append(ModelBundle.topicModelFile(topic)).append("`:\n\n```\n").append(model.getProvenance()).append("\n```\n\n"));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** The train command that rebuilds the model, its words quoted for a POSIX shell; the recipe flags on a second line. */
    static String rebuildCommand(String labelsPath, String modelDir, List<String> recipeArgs) {
        String command = "bin/briefing train --labels " + ShellWords.quote(labelsPath) + " --model-out " + ShellWords.quote(modelDir);
        return recipeArgs.isEmpty() ? command : command + " \\\n  " + ShellWords.join(recipeArgs);
    }

    private static void appendSettings(StringBuilder sb, Map<String, Object> settings) {
        settings.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
    }
}
