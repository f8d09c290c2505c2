package briefing.model;

import briefing.training.LabelledArticles;
import briefing.training.LabelledArticle;
import briefing.training.ExtraLabels;
import briefing.run.CommittedModelTest;
import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.MllibVectors;
import briefing.testing.SharedData;
import briefing.testing.TestSpark;
import briefing.topics.PlattScaling;
import briefing.vectorize.TermVector;
import briefing.topics.TopicAssignment;
import briefing.topics.Topics;
import briefing.vectorize.IdfCorpus;
import briefing.vectorize.TextVectorizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * topics-v6 in format 4 (committed) against the same trained model in format 3 (its files at the commit before the
 * conversion, read from git's history): on every labelled article, the old form scored as it was meant to be (MLlib's
 * vectors, each topic's Tribuo model predicting on the NB-LR-scaled vector, the card's calibration) and the new form
 * scored as the job scores (the plain-Java vectoriser, the decoded weight arrays) give the same topics and the same
 * scores to 1e-9.
 */
class FormatFourConversionTest {
    /** The last commit whose models/topics/v6 is in format 3. */
    static final String FORMAT_THREE_COMMIT = "1a6c873";
    static final SparkSession spark = TestSpark.session();
    @TempDir Path dir;

    @Test
    void theConvertedModelGivesEveryLabelledArticleTheSameTopicsAndScores() throws Exception {
        Path root = CommittedModelTest.ROOT;
        Path labels = SharedData.require("labels/topics.jsonl");
        Path corpora = SharedData.require("corpora");
        Path old = formatThreeFiles(root);
        FormatThreeModel three = FormatThreeModel.read(old);
        JsonNode oldJson = briefing.io.Json.MAPPER.readTree(old.resolve(ModelBundle.METADATA_FILE).toFile());
        ModelBundle four = ModelBundle.load(spark, root.resolve("models/topics/v6").toString());

        List<String> corpusFiles = new ArrayList<>();
        for (String f : List.of("agnews-test.jsonl", "bbc-news-summary.jsonl", "reuters21578.jsonl", "allsides-news.jsonl.gz",
                "hrds-attack-train.jsonl", "semeval23-news.jsonl")) {
            corpusFiles.add(corpora.resolve(f).toString());
        }
        IdfCorpus corpus = IdfCorpus.read(spark, corpusFiles);
        List<LabelledArticle> articles = new ArrayList<>(LabelledArticles.read(spark,
                labels + "," + root.resolve("data/labels/topics-modern.jsonl"), corpus));
        articles.addAll(ExtraLabels.read(spark, root.resolve("data/labels/topics-extra.jsonl").toString(), corpus, articles).articles());
        assertEquals(4186 + 1994, articles.size(), "the labelled rows and the extra labels' rows");

        PipelineModel oldPipeline = PipelineModel.load(old.resolve(ModelBundle.VECTORIZER_DIR).toString());
        List<TermVector> mllib = MllibVectors.of(spark, oldPipeline, articles, TextVectorizer.vocabulary(oldPipeline));
        double largest = 0;
        int labelled = 0;
        for (int i = 0; i < articles.size(); i++) {
            LabelledArticle a = articles.get(i);
            TopicAssignment expected = formatThree(three, oldJson, mllib.get(i));
            TopicAssignment actual = four.classifier().classify(four.pipeline().vectorizer().vectorise(a.title(), a.text()));
            assertEquals(expected.topics(), actual.topics(), a.id());
            for (String topic : Topics.ALL) {
                double diff = Math.abs(expected.scores().get(topic) - actual.scores().get(topic));
                assertTrue(diff <= 1e-9, a.id() + " " + topic + ": " + expected.scores() + " vs " + actual.scores());
                largest = Math.max(largest, diff);
            }
            if (!actual.topics().isEmpty()) labelled++;
        }
        System.out.printf("format 3 vs format 4 of topics-v6: %d articles (%d with topics), same topics, largest score difference %.2e%n",
                articles.size(), labelled, largest);
    }

    /** The old model's topics and scores, from its own Tribuo models on the scaled vectors. */
    static TopicAssignment formatThree(FormatThreeModel three, JsonNode json, TermVector v) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        boolean known = false;
        for (String term : v.terms()) known |= three.perTopic.get(Topics.SANCTIONS).getFeatureIDMap().get(term) != null;
        for (int t = 0; t < Topics.ALL.size(); t++) {
            String topic = Topics.ALL.get(t);
            if (!known) {
                scores.put(topic, 0.0);
                continue;
            }
            TermVector scaled = three.ratios.scale(t, v);
            double p = three.perTopic.get(topic).predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, scaled.terms(), scaled.weights()))
                    .getOutputScores().get(topic).getScore();
            JsonNode c = json.path("calibration").path(topic);
            scores.put(topic, new PlattScaling(c.path("slope").asDouble(), c.path("intercept").asDouble()).apply(Math.log(p) - Math.log1p(-p)));
        }
        List<String> topics = new ArrayList<>();
        for (String topic : Topics.ALL) if (scores.get(topic) >= json.path("thresholds").path(topic).asDouble()) topics.add(topic);
        topics.sort(java.util.Comparator.comparing((String t) -> scores.get(t)).reversed().thenComparing(Topics.ALL::indexOf));
        return new TopicAssignment(scores, topics);
    }

    /** models/topics/v6 as the format-3 commit has it, from git's history (the test skips without it). */
    Path formatThreeFiles(Path root) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "git -C \"$0\" archive --format=tar " + FORMAT_THREE_COMMIT + " models/topics/v6 | tar -x -C \"$1\"",
                root.toString(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(dir.resolve("models/topics/v6/" + FormatThreeModel.TOPIC_MODEL_FILE)),
                "commit " + FORMAT_THREE_COMMIT + " (format-3 topics-v6) is not in this checkout's git history: skipping (" + out.trim() + ")");
        return dir.resolve("models/topics/v6");
    }
}
