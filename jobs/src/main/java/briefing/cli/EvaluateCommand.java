package briefing.cli;

import briefing.io.HadoopFiles;
import briefing.topics.TopicEvaluation;
import briefing.training.CrossValidation;
import briefing.training.Evaluation;
import briefing.training.EvaluationReport;
import briefing.training.TopicModelRecipe;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

final class EvaluateCommand implements Command {
    @Override
    public String name() { return "evaluate"; }

    @Override
    public String summary() { return "per-topic precision, recall, F1, micro/macro-F1 and exact match of a model, or of the training recipe "
            + "by K-fold cross-validation and by a time split"; }

    @Override
    public List<Flag> flags() {
        return Stream.concat(Stream.of(
                RecipeFlags.LABELS,
                Flag.optional("model", "DIR", "evaluate this saved model on the labels", null),
                Flag.optional("folds", "K", "K-fold cross-validate the training recipe on the labels", null),
                RecipeFlags.TIME_SPLIT,
                Flag.optional("report", "DIR", "with --folds or --time-split: also write a report (Markdown, JSON, precision/recall and "
                        + "reliability charts) of the held-out scores to DIR (of the K-fold run when both are given)", null)),
                RecipeFlags.FLAGS.stream()).toList();
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        boolean recipe = line.has("folds") || line.has("time-split");
        if (line.has("model") == recipe) {
            throw new UsageException("give either --model DIR, or --folds K and/or --time-split DATE");
        }
        if (line.has("folds")) line.getInt("folds", 2);
        RecipeFlags.timeSplit(line);
        if (line.has("report") && !recipe) throw new UsageException("--report needs --folds K or --time-split DATE (it reports held-out scores)");
        RecipeFlags.topicSettings(line);
        RecipeFlags.vectorizerSettings(line);
        if (line.has("extra-labels") && line.has("model")) throw new UsageException("--extra-labels goes with --folds or --time-split (it adds training rows)");
        RecipeFlags.requireCorpusForExtraLabels(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        Evaluation evaluation = new Evaluation(spark);
        if (line.has("model")) {
            TopicEvaluation result = evaluation.ofModel(line.get("labels"), line.get("model"), RecipeFlags.idfCorpus(line, spark));
            System.out.println("model " + line.get("model") + " on " + line.get("labels") + " (" + result.articles() + " articles)\n");
            System.out.print(result.toMarkdownTable());
            return 0;
        }
        TopicModelRecipe recipe = new TopicModelRecipe(spark, RecipeFlags.vectorizerSettings(line), RecipeFlags.topicSettings(line),
                RecipeFlags.idfCorpus(line, spark));
        Evaluation.Rows rows = evaluation.read(line.get("labels"), line.get("extra-labels"), recipe);
        String data = " on " + line.get("labels") + (line.has("extra-labels") ? " (with the fit-only rows of " + line.get("extra-labels") + ")" : "");
        String settings = ", seed " + recipe.topicSettings().seed() + ", recipe: " + recipe.describeVectorizer() + "; " + recipe.topicSettings().describe();
        boolean reported = false;
        if (line.has("folds")) {
            int folds = line.getInt("folds", 2);
            String what = folds + "-fold cross-validation of the training recipe" + data;
            print(what, evaluation.ofRecipe(rows, recipe, folds), line.has("report") ? line.get("report") : null, what + settings, spark);
            reported = true;
        }
        LocalDate split = RecipeFlags.timeSplit(line);
        if (split != null) {
            String what = "time split of the training recipe" + data + ": trained on the rows dated up to " + split
                    + " and the undated rows, tested on the rows dated after it";
            print(what, evaluation.ofRecipeOverTime(rows, recipe, split), line.has("report") && !reported ? line.get("report") : null,
                    what + settings, spark);
        }
        return 0;
    }

    private static void print(String what, CrossValidation.Result result, String reportDir, String reportTitle, SparkSession spark) throws Exception {
        if (reportDir != null) {
            EvaluationReport report = new EvaluationReport(reportTitle, result.evaluation(), result.heldOut(), result.foldThresholds());
            report.write(new HadoopFiles(spark.sparkContext().hadoopConfiguration()), reportDir);
            System.out.println("calibration of the held-out scores:\n\n" + report.calibrationTable());
            System.out.println("report: " + reportDir + "/" + EvaluationReport.MARKDOWN);
        }
        System.out.println(what + " (" + result.evaluation().articles() + " articles held out)\n");
        System.out.print(result.evaluation().toMarkdownTable());
        System.out.println("\nper corpus (id prefix) and per labels file, of the held-out rows:\n");
        System.out.println(result.byCorpusTable());
    }
}
