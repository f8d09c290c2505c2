package briefing.cli;

import briefing.model.ModelBundle;
import briefing.training.TopicModelRecipe;
import briefing.training.Training;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

final class TrainCommand implements Command {
    @Override
    public String name() { return "train"; }

    @Override
    public String summary() { return "train the topic model on labelled JSONL and save it with its model card"; }

    @Override
    public List<Flag> flags() {
        return Stream.concat(Stream.of(
                RecipeFlags.LABELS,
                Flag.required("model-out", "DIR", "the model version directory to write, e.g. models/topics/v2"),
                Flag.optional("folds", "K", "cross-validation folds for the model card's figures (0 to skip)", "5"),
                RecipeFlags.TIME_SPLIT), RecipeFlags.FLAGS.stream()).toList();
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        int folds = line.getInt("folds", 0);
        if (folds == 1) throw new UsageException("--folds must be 0 or at least 2");
        try {
            RecipeFlags.topicSettings(line);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RecipeFlags.vectorizerSettings(line);
        RecipeFlags.requireCorpusForExtraLabels(line);
        RecipeFlags.timeSplit(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        TopicModelRecipe recipe = new TopicModelRecipe(spark, RecipeFlags.vectorizerSettings(line), RecipeFlags.topicSettings(line),
                    RecipeFlags.idfCorpus(line, spark));
        List<String> rebuildArgs = new ArrayList<>(RecipeFlags.nonDefault(line));
        if (line.has("time-split")) rebuildArgs.addAll(List.of("--time-split", line.get("time-split")));
        ModelBundle model = new Training(spark, recipe).train(line.get("labels"), line.get("extra-labels"), line.get("model-out"), line.getInt("folds", 0),
                RecipeFlags.timeSplit(line), rebuildArgs);
        System.out.println("saved " + model.metadata().modelVersion() + " to " + line.get("model-out")
                + " (vocabulary " + model.metadata().vocabularySize() + " terms, thresholds " + model.metadata().thresholds() + ")");
        System.out.println("model card: " + line.get("model-out") + "/" + ModelBundle.CARD_FILE);
        return 0;
    }
}
