package briefing.training;

import briefing.io.HadoopFiles;
import briefing.model.ModelBundle;
import briefing.model.ModelMetadata;
import briefing.topics.Folds;
import briefing.topics.TopicEvaluation;
import briefing.topics.Topics;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.tribuo.Tribuo;

/** {@code briefing train}: cross-validate the recipe, fit it on all the labelled rows, save the model and its card. */
public final class Training {
    /** Inside a model directory: the evaluation report of its cross-validation. */
    public static final String REPORT_DIR = "report";
    private final SparkSession spark;
    private final TopicModelRecipe recipe;

    public Training(SparkSession spark, TopicModelRecipe recipe) {
        this.spark = spark;
        this.recipe = recipe;
    }

    /** @param folds cross-validation folds for the card's figures; 0 to skip them */
    public ModelBundle train(String labelsPath, String modelDir, int folds) throws IOException {
        return train(labelsPath, null, modelDir, folds, null, List.of());
    }

    /**
     * @param labelsPaths     labelled JSONL files, comma-separated ({@link LabelledArticles})
     * @param extraLabelsPath labels of corpus articles that only fit the models ({@link ExtraLabels}); null for none
     * @param timeSplit       for the card: also evaluate the recipe trained on the rows dated up to this day and tested
     *                        on the later ones; null to skip
     * @param recipeArgs      the recipe flags that differ from the defaults, as command-line words, for the card's rebuild command
     */
    public ModelBundle train(String labelsPaths, String extraLabelsPath, String modelDir, int folds, LocalDate timeSplit,
                             List<String> recipeArgs) throws IOException {
        HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        Evaluation.Rows rows = new Evaluation(spark).read(labelsPaths, extraLabelsPath, recipe);
        List<LabelledArticle> articles = rows.labelled();
        ExtraLabels extras = rows.extras();
        String dataDescription = LabelledArticles.describe(files, labelsPaths);
        String[] namesAndHashes = LabelledArticles.namesAndHashes(files, labelsPaths);
        String names = namesAndHashes[0];

        CrossValidation.Result cv = folds > 0 ? new CrossValidation(recipe).run(articles, extras.articles(), folds, recipe.topicSettings().seed()) : null;
        TopicEvaluation crossValidated = cv == null ? null : cv.evaluation();
        String version = "topics-" + new Path(modelDir).getName();
        EvaluationReport report = cv == null ? null : new EvaluationReport(folds + "-fold stratified cross-validation (seed "
                + recipe.topicSettings().seed() + ") of the recipe of " + version + " on " + names
                + (extras.isEmpty() ? "" : ", with " + extras.articles().size() + " fit-only rows of extra labels (" + new Path(extras.path()).getName() + ")"),
                crossValidated, cv.heldOut(), cv.foldThresholds());
        CrossValidation.Result overTime = timeSplit == null ? null : new CrossValidation(recipe).timeSplit(articles, extras.articles(), timeSplit);
        TopicModelRecipe fitting = recipe.excludingFromCorpus(Folds.joined(articles, extras.articles()));
        TopicModelRecipe.Fitted fitted = fitting.fit(articles, extras.articles(), dataDescription);

        Map<String, Object> heldOut = crossValidated == null ? new LinkedHashMap<>() : describe(crossValidated, report, folds, recipe.topicSettings().seed());
        if (overTime != null) {
            Map<String, Object> split = describe(overTime.evaluation(), null, 0, recipe.topicSettings().seed());
            split.remove("folds");
            split.put("trained_up_to", timeSplit.toString());
            heldOut.put("time_split", split);
        }
        ModelMetadata metadata = new ModelMetadata(
                ModelMetadata.FORMAT,
                version,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                spark.version(),
                Tribuo.VERSION,
                fitting.describeFittedVectorizer(),
                describeTopicModel(recipe, extras),
                fitted.classifier().thresholds(),
                fitted.classifier().calibration(),
                new ModelMetadata.TrainingData(names, namesAndHashes[1], articles.size(), labelCounts(articles)),
                0, "", null,
                heldOut, null);
        ModelBundle bundle = ModelBundle.save(spark, modelDir, fitted.pipeline(), fitted.classifier(), metadata);
        if (report != null) report.write(files, modelDir + "/" + REPORT_DIR);
        files.writeText(modelDir + "/" + ModelBundle.CARD_FILE, ModelCard.render(bundle, crossValidated, report,
                heldOutSections(cv, overTime, timeSplit), labelsPaths, modelDir, recipeArgs));
        return bundle;
    }

    /** The card's per-corpus table of the K-fold run and the time split's figures, as Markdown. */
    private static String heldOutSections(CrossValidation.Result cv, CrossValidation.Result overTime, LocalDate timeSplit) {
        StringBuilder sb = new StringBuilder();
        if (cv != null) sb.append("\nThe same held-out rows per corpus (id prefix) and per labels file:\n\n").append(cv.byCorpusTable());
        if (overTime != null) {
            sb.append("\n## Time split\n\nThe whole recipe trained on the labelled rows dated up to ").append(timeSplit)
              .append(" and the undated rows (the 1987-2005\nlabelled set), tested on the rows dated after it: what a model trained on the past meets later.\n\n")
              .append(overTime.evaluation().toMarkdownTable())
              .append("\nPer corpus and labels file:\n\n").append(overTime.byCorpusTable());
        }
        return sb.toString();
    }

    private static Map<String, Object> describeTopicModel(TopicModelRecipe recipe, ExtraLabels extras) {
        Map<String, Object> m = new LinkedHashMap<>(recipe.topicSettings().describe());
        if (!extras.isEmpty()) m.put("extra_labels", extras.describe());
        return m;
    }

    static Map<String, Long> labelCounts(List<LabelledArticle> articles) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            counts.put(topic, articles.stream().filter(a -> a.topics().contains(topic)).count());
        }
        counts.put("none", articles.stream().filter(a -> a.topics().isEmpty()).count());
        return counts;
    }

    static Map<String, Object> describe(TopicEvaluation e, EvaluationReport report, int folds, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folds", folds);
        m.put("seed", seed);
        Map<String, Object> perTopic = new LinkedHashMap<>();
        e.perTopic().forEach((topic, f) -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("precision", round(f.precision()));
            figures.put("recall", round(f.recall()));
            figures.put("f1", round(f.f1()));
            figures.put("support", f.support());
            if (report != null) {
                figures.put("brier", round(report.reliability().get(topic).brier()));
                figures.put("expected_calibration_error", round(report.reliability().get(topic).expectedCalibrationError()));
            }
            perTopic.put(topic, figures);
        });
        m.put("per_topic", perTopic);
        m.put("micro_f1", round(e.microF1()));
        m.put("macro_f1", round(e.macroF1()));
        m.put("exact_match", round(e.exactMatch()));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
