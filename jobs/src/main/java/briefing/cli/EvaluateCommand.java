package briefing.cli;

import briefing.job.CrossValidation;
import briefing.job.Evaluation;
import briefing.model.HadoopFiles;
import briefing.report.EvaluationReport;
import briefing.job.TopicModelRecipe;
import briefing.topics.TopicEvaluation;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

final class EvaluateCommand implements Command {
    @Override
    public String name() { return "evaluate"; }

    @Override
    public String summary() { return "per-topic precision, recall, F1, micro/macro-F1 and exact match of a model or of the training recipe"; }

    @Override
    public List<Flag> flags() {
        return Stream.concat(Stream.of(
                Flag.required("labels", "PATH", "labelled JSONL: id, title, text, labels"),
                Flag.optional("model", "DIR", "evaluate this saved model on the labels", null),
                Flag.optional("folds", "K", "instead, K-fold cross-validate the training recipe on the labels", null),
                Flag.optional("report", "DIR", "with --folds: also write a report (Markdown, JSON, precision/recall and reliability charts) to DIR", null)), RecipeFlags.FLAGS.stream()).toList();
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        if (line.has("model") == line.has("folds")) {
            throw new UsageException("give exactly one of --model DIR or --folds K");
        }
        if (line.has("folds")) line.getInt("folds", 2);
        if (line.has("report") && !line.has("folds")) throw new UsageException("--report needs --folds K (it reports held-out scores)");
        RecipeFlags.topicSettings(line);
        RecipeFlags.vectorizerSettings(line);
        if (line.has("extra-labels") && line.has("model")) throw new UsageException("--extra-labels goes with --folds (it adds training rows)");
        RecipeFlags.requireCorpusForExtraLabels(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        Evaluation evaluation = new Evaluation(spark);
        TopicEvaluation result;
        String what;
        if (line.has("model")) {
            result = evaluation.ofModel(line.get("labels"), line.get("model"));
            what = "model " + line.get("model") + " on " + line.get("labels");
        } else {
            int folds = line.getInt("folds", 2);
            TopicModelRecipe recipe = new TopicModelRecipe(spark, RecipeFlags.vectorizerSettings(line), RecipeFlags.topicSettings(line),
                    RecipeFlags.idfCorpus(line, spark));
            CrossValidation.Result crossValidated = evaluation.ofRecipe(line.get("labels"), line.get("extra-labels"), recipe, folds);
            result = crossValidated.evaluation();
            what = folds + "-fold cross-validation of the training recipe on " + line.get("labels")
                    + (line.has("extra-labels") ? " (with the fit-only rows of " + line.get("extra-labels") + ")" : "");
            if (line.has("report")) {
                EvaluationReport report = new EvaluationReport(what + ", seed " + recipe.topicSettings().seed() + ", recipe: "
                        + recipe.describeVectorizer() + "; " + recipe.topicSettings().describe(),
                        result, crossValidated.heldOut(), crossValidated.foldThresholds());
                report.write(new HadoopFiles(spark.sparkContext().hadoopConfiguration()), line.get("report"));
                System.out.println("calibration of the held-out scores:\n\n" + report.calibrationTable());
                System.out.println("report: " + line.get("report") + "/" + EvaluationReport.MARKDOWN);
            }
        }
        System.out.println(what + " (" + result.articles() + " articles)\n");
        System.out.print(result.toMarkdownTable());
        return 0;
    }
}
