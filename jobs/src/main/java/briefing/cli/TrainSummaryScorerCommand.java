package briefing.cli;

import briefing.io.ArticleValidator;
import briefing.model.ModelBundle;
import briefing.model.SummaryModel;
import briefing.training.SentencePicks;
import briefing.training.SentenceScorerTraining;
import briefing.training.SummaryModelCard;
import briefing.vectorize.IdfCorpus;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;

final class TrainSummaryScorerCommand implements Command {
    @Override
    public String name() { return "train-summary-scorer"; }

    @Override
    public String summary() { return "train the summariser's sentence scorer on labellers' picks and save it with its model card"; }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.required("picks", "FILE", "the labellers' picks (JSONL of id, labeller, sentences, sentence_sha256), e.g. data/labels/summary-picks.jsonl"),
                Flag.required("corpus", "PATHS", "comma-separated JSONL files (or .gz) holding the picked articles' id, title and text"),
                Flag.required("model-out", "DIR", "the model version directory to write, e.g. models/summary/v2"),
                Flag.optional("model", "DIR", "topic model whose stop words the features use (default: the project's models/topics)", null),
                Flag.optional("cost", "C", "LibLinear's inverse regularisation strength", DEFAULT_COST),
                Flag.optional("folds", "K", "cross-validation folds for the model card's figures", DEFAULT_FOLDS));
    }

    private static final String DEFAULT_COST = "0.1";
    private static final String DEFAULT_FOLDS = "5";

    @Override
    public void validate(CommandLine line) throws UsageException {
        line.getInt("folds", 2);
        cost(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        ModelBundle topics = ModelBundle.load(spark, ModelBundle.resolve(spark, ModelDefaults.modelDir(line)));
        Map<String, List<SentencePicks.Pick>> picks = SentencePicks.read(line.get("picks"));
        Map<String, String[]> texts = new HashMap<>();
        List<String> corpus = Arrays.stream(line.get("corpus").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (Map.Entry<String, Row> e : IdfCorpus.read(spark, corpus).rowsById(picks.keySet()).entrySet()) {
            texts.put(e.getKey(), ArticleValidator.cleanedTitleAndText(e.getValue().getString(1), e.getValue().getString(2)));
        }
        int folds = line.getInt("folds", 2);
        double cost = cost(line);
        SentenceScorerTraining training = new SentenceScorerTraining(topics.pipeline().corpusStatistics(), cost);
        List<SentenceScorerTraining.PickedArticle> articles = training.articles(picks, texts);
        List<SentenceScorerTraining.SystemFigures> figures = training.crossValidate(articles, folds);
        double kappa = SentenceScorerTraining.kappa(articles);
        Model<Label> model = training.train(articles);

        String out = line.get("model-out");
        Map<String, Object> trainingData = new LinkedHashMap<>();
        trainingData.put("path", line.get("picks"));
        trainingData.put("sha256", briefing.io.HadoopFiles.sha256(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(line.get("picks")))));
        trainingData.put("articles", articles.size());
        trainingData.put("labellings", articles.stream().mapToInt(a -> a.picks().size()).sum());
        trainingData.put("corpus", corpus);
        String version = "summary-" + new org.apache.hadoop.fs.Path(out).getName();
        SummaryModel saved = SummaryModel.save(spark.sparkContext().hadoopConfiguration(), out, model, new SummaryModel.Metadata(0, version,
                Instant.now().toString(), Tribuo.VERSION, briefing.summary.SentenceFeatures.NAMES, briefing.summary.SentenceFeatures.VERSION,
                topics.metadata().modelVersion(), SummaryModel.stopWordsSha256(topics.pipeline().corpusStatistics().stopWords()), cost,
                trainingData, SentenceScorerTraining.describe(figures, folds, kappa), null));
        String rebuild = "bin/briefing train-summary-scorer --picks " + line.get("picks") + " --corpus " + line.get("corpus")
                + " --model-out " + out + (line.has("model") ? " --model " + line.get("model") : "")
                + (line.get("cost").equals(DEFAULT_COST) ? "" : " --cost " + line.get("cost"))
                + (line.get("folds").equals(DEFAULT_FOLDS) ? "" : " --folds " + folds);
        new briefing.io.HadoopFiles(spark.sparkContext().hadoopConfiguration())
                .writeText(out + "/" + ModelBundle.CARD_FILE, SummaryModelCard.render(saved, figures, kappa, rebuild));
        System.out.println("saved " + version + " to " + out + " (" + articles.size() + " articles, labeller kappa "
                + String.format("%.3f", kappa) + ")");
        for (SentenceScorerTraining.SystemFigures f : figures) {
            System.out.printf("  %-50s overlap %.3f, vs Lead-3 more %d / less %d, identical %d%n", f.system(), f.overlap(),
                    f.moreThanLead3(), f.lessThanLead3(), f.identicalToLead3());
        }
        System.out.println("model card: " + out + "/" + ModelBundle.CARD_FILE);
        return 0;
    }

    private static double cost(CommandLine line) throws UsageException {
        try {
            double c = Double.parseDouble(line.get("cost"));
            if (!(c > 0)) throw new NumberFormatException();
            return c;
        } catch (NumberFormatException e) {
            throw new UsageException("--cost takes a number > 0, got '" + line.get("cost") + "'");
        }
    }
}
