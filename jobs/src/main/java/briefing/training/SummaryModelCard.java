package briefing.training;

import briefing.model.SummaryModel;
import briefing.summary.SentenceFeatures;
import java.util.List;

/** Renders the sentence scorer's card: what it is for, what it learnt from, how well it does, how to rebuild it. */
public final class SummaryModelCard {
    private SummaryModelCard() {}

    public static String render(SummaryModel model, List<SentenceScorerTraining.SystemFigures> figures, double kappa, String rebuild) {
        SummaryModel.Metadata m = model.metadata();
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: ").append(m.modelVersion()).append("\n\n");
        sb.append("The summariser's learnt sentence scorer: for each sentence that may be chosen, the chance that a reader picking\n")
          .append("the three sentences an analyst needs would pick it. It chooses summaries of up to three sentences (the job's\n")
          .append("default); longer summaries keep the hand-set scores. Written by `briefing train-summary-scorer`; every figure\n")
          .append("below comes from that command.\n\n");
        sb.append("| | |\n|---|---|\n");
        sb.append("| version | `").append(m.modelVersion()).append("` |\n");
        sb.append("| trained | ").append(m.createdAt()).append(" |\n");
        sb.append("| Tribuo | ").append(m.tribuoVersion()).append(" (LibLinear L2-regularised logistic regression, C = ").append(m.cost()).append(") |\n");
        sb.append("| features computed with | topic model `").append(m.topicModelVersion()).append("` (its stop words, sha256 `")
          .append(m.stopWordsSha256()).append("`), features version ").append(m.featuresVersion()).append(" |\n");
        m.filesSha256().forEach((file, sha) -> sb.append("| `").append(file).append("` | sha256 `").append(sha).append("` |\n"));
        sb.append('\n');

        sb.append("## Training data\n\n");
        sb.append("`").append(m.trainingData().get("path")).append("` (sha256 `").append(m.trainingData().get("sha256")).append("`): ")
          .append(m.trainingData().get("articles")).append(" articles, ").append(m.trainingData().get("labellings"))
          .append(" labellings. Each labeller read the whole article alone and picked the three sentences that make the best\n")
          .append("summary (`research/summary-picks/GUIDE.md`); the texts come from `").append(m.trainingData().get("corpus"))
          .append("` by id. Agreement of the first two labellers over every sentence (picked or not): Cohen's kappa ")
          .append(String.format("%.3f", kappa)).append(".\n\n");

        sb.append("## How well it picks\n\n");
        sb.append("Each system's 3-sentence summary against the labellers' picks, the learnt scorer in ").append(m.crossValidation().get("folds"))
          .append("-fold cross-validation by\narticle (trained on the other folds). *Overlap*: the mean share of a labeller's three sentences the summary has;\n")
          .append("*exact*: the share of labellings it matches whole; *vs Lead-3*: articles where it shares more / fewer of the\n")
          .append("labellers' sentences than the clean Lead-3; *identical*: articles where it is the clean Lead-3.\n\n");
        sb.append("| system | overlap | exact | vs Lead-3 more / fewer | identical to Lead-3 |\n|---|---:|---:|---:|---:|\n");
        for (SentenceScorerTraining.SystemFigures f : figures) {
            sb.append(String.format("| %s | %.3f | %.3f | %d / %d | %d |%n", f.system(), f.overlap(), f.exactShare(), f.moreThanLead3(),
                    f.lessThanLead3(), f.identicalToLead3()));
        }
        sb.append("\nThe readers' verdicts (blind pairwise reading on held-out articles) are in the README and\n")
          .append("`research/summary-judging`; this table is the labellers' yardstick the scorer was fitted to.\n\n");

        sb.append("## Weights\n\n| feature | weight |\n|---|---:|\n");
        double[] w = model.scorer().weights();
        for (int i = 0; i < w.length; i++) sb.append(String.format("| %s | %.3f |%n", SentenceFeatures.NAMES.get(i), w[i]));
        sb.append(String.format("| (bias) | %.3f |%n", model.scorer().bias()));
        sb.append("\nEvery feature is in 0..1 (`briefing.summary.SentenceFeatures` says what each is).\n\n");
        java.util.Map<String, Double> words = model.scorer().wordWeights();
        if (!words.isEmpty()) {
            List<java.util.Map.Entry<String, Double>> byWeight = new java.util.ArrayList<>(words.entrySet());
            byWeight.sort(java.util.Map.Entry.comparingByValue());
            int shown = Math.min(15, byWeight.size() / 2);
            sb.append(String.format("Beside them, %d word features (a word in a sentence of at least %d training articles; value %.1f each, "
                    + "a word with a digit counted as `#num`). The %d adding most to a pick's logit (weight times value), then against:%n%n",
                    words.size(), SentenceScorerTraining.MIN_WORD_ARTICLES, SentenceFeatures.WORD_VALUE, shown));
            List<java.util.Map.Entry<String, Double>> strongest = new java.util.ArrayList<>(byWeight.subList(byWeight.size() - shown, byWeight.size()));
            java.util.Collections.reverse(strongest);
            sb.append(wordList(strongest)).append("\n\n");
            sb.append(wordList(byWeight.subList(0, shown))).append("\n\n");
        }

        sb.append("## Rebuild\n\n```\n").append(rebuild).append("\n```\n");
        return sb.toString();
    }

    private static String wordList(List<java.util.Map.Entry<String, Double>> words) {
        StringBuilder sb = new StringBuilder();
        for (java.util.Map.Entry<String, Double> e : words) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(String.format("`%s` %+.2f", e.getKey().substring(SentenceFeatures.WORD_PREFIX.length()), e.getValue()));
        }
        return sb.toString();
    }
}
