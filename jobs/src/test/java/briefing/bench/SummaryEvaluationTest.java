package briefing.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.ModelBundle;
import briefing.summary.CorpusStatistics;
import briefing.summary.Summarizer;
import briefing.summary.evaluation.ReferenceArticle;
import briefing.summary.evaluation.SummaryBenchmark;
import briefing.summary.evaluation.SummaryBudget;
import briefing.summary.evaluation.SummarySystem;
import briefing.testing.SharedData;
import briefing.testing.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Issue #4's targets on the shared BBC references, with the committed model's IDF. */
class SummaryEvaluationTest {
    static final SparkSession spark = TestSpark.session();
    static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();

    @Test
    void beatsLeadAndTheCentroidBaselineAtTheReferenceLengthAndAt40PercentOfTheSentences() throws Exception {
        Path bbc = SharedData.require("corpora/bbc-news-summary.jsonl");
        ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, ROOT.resolve("models/topics").toString()));
        CorpusStatistics corpus = model.pipeline().corpusStatistics();
        List<ReferenceArticle> articles = new SummaryEvaluation(spark).read(bbc.toString());
        // The job's summariser: with the committed sentence scorer (which chooses summaries of up to three sentences).
        Summarizer job = new Summarizer(corpus, briefing.summary.ScoringWeights.DEFAULT,
                briefing.model.SummaryModel.load(spark.sparkContext().hadoopConfiguration(), ROOT.resolve("models/summary").toString()).scorerFor(corpus));

        for (String budget : List.of("reference", "ratio:0.4")) {
            SummaryBenchmark.Result result = new SummaryBenchmark().run(articles, new SummaryBudget(budget),
                    List.of(SummarySystem.lead(), SummarySystem.centroid(corpus), SummarySystem.summarizer("system", job)));

            double lead = result.rows().get(0).rouge2();
            double centroid = result.rows().get(1).rouge2();
            double system = result.rows().get(2).rouge2();
            assertTrue(result.referenceTokensMatched() > 0.99, "references map back to the articles' sentences: " + result.referenceTokensMatched());
            assertTrue(system >= lead + 6, budget + ": ROUGE-2 " + system + " vs Lead " + lead);
            // Issue 14's bar is at 40% of the sentences. At the references' own length the rules that keep a
            // sentence with the one it refers back to cost some ROUGE (the references were picked by term
            // frequency, not for coherence): there the system must still clear the centroid by 2 points.
            double margin = budget.equals("ratio:0.4") ? 3 : 2;
            assertTrue(system >= centroid + margin, budget + ": ROUGE-2 " + system + " vs centroid " + centroid);
        }
        // At the job's default length the learnt scorer chooses: it picks what readers of modern news pick, not what
        // BBC's term-frequency references hold, yet still clears Lead (42.3 against 35.7 with summary-v2).
        SummaryBenchmark.Result three = new SummaryBenchmark().run(articles, new SummaryBudget("sentences:3"),
                List.of(SummarySystem.lead(), SummarySystem.summarizer("system", job)));
        assertTrue(three.rows().get(1).rouge2() >= three.rows().get(0).rouge2() + 3,
                "sentences:3: ROUGE-2 " + three.rows().get(1).rouge2() + " vs Lead " + three.rows().get(0).rouge2());
    }
}
