package briefing.bench;

import briefing.model.ModelBundle;
import briefing.model.SummaryModel;
import briefing.summary.CorpusStatistics;
import briefing.summary.ScoringWeights;
import briefing.summary.Summarizer;
import briefing.summary.evaluation.ReferenceArticle;
import briefing.summary.evaluation.SummaryBenchmark;
import briefing.summary.evaluation.SummaryBudget;
import briefing.summary.evaluation.SummarySystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code briefing evaluate-summaries}: ROUGE of the summariser, Lead, a TF-IDF centroid summariser and the oracle
 * against reference summaries, on the driver (an evaluation file, not a nightly batch).
 */
public final class SummaryEvaluation {
    private final SparkSession spark;

    public SummaryEvaluation(SparkSession spark) {
        this.spark = spark;
    }

    public SummaryBenchmark.Result run(String input, String modelDir, String summaryModelDir, SummaryBudget budget) throws IOException {
        ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, modelDir));
        CorpusStatistics corpus = model.pipeline().corpusStatistics();
        SummaryModel scorer = SummaryModel.load(spark.sparkContext().hadoopConfiguration(), summaryModelDir);
        List<SummarySystem> systems = new ArrayList<>(systems(corpus));
        systems.add(SummarySystem.summarizer("the job: lede first, then the learnt scorer (" + scorer.metadata().modelVersion()
                + ") up to 3 sentences, the weights above beyond", new Summarizer(corpus, ScoringWeights.DEFAULT, scorer.scorerFor(corpus))));
        return new SummaryBenchmark().run(read(input), budget, systems);
    }

    /**
     * The baselines, the oracle, and the summariser's variants: each signal alone, then added one at a time. All use
     * the same sentence filter; the variants before the last ones pick purely by score (no lede rule), as the
     * summariser did up to 1a6c873.
     */
    static List<SummarySystem> systems(CorpusStatistics corpus) {
        ScoringWeights best = ScoringWeights.DEFAULT;
        ScoringWeights byScore = best.withLedeFirst(false);
        ScoringWeights alone = byScore.withMmr(1).withHalfLife(10);
        List<SummarySystem> systems = new ArrayList<>();
        systems.add(SummarySystem.oracle());
        systems.add(SummarySystem.lead());
        systems.add(SummarySystem.centroid(corpus));
        systems.add(variant("LexRank, TF-IDF vectors", corpus, alone.with(1, 0, 0).withIdfExponent(1)));
        systems.add(variant("LexRank, TF x sqrt(IDF) vectors", corpus, alone.with(1, 0, 0).withIdfExponent(0.5)));
        systems.add(variant("LexRank, TF vectors", corpus, alone.with(1, 0, 0)));
        systems.add(variant("position prior only (h 2)", corpus, alone.with(0, 1, 0).withHalfLife(2)));
        systems.add(variant("title cosine only", corpus, alone.with(0, 0, 1)));
        systems.add(variant("LexRank 0.5 + position 0.3 (h 2) + title 0.2, TF-IDF, MMR 0.7", corpus,
                alone.with(0.5, 0.3, 0.2).withHalfLife(2).withIdfExponent(1).withMmr(0.7)));
        systems.add(variant("LexRank 0.5 + position 0.3 (h 2) + title 0.2, TF, MMR 0.7", corpus,
                alone.with(0.5, 0.3, 0.2).withHalfLife(2).withMmr(0.7)));
        systems.add(variant("LexRank 0.8 + position 0.2 (h 2), TF", corpus, alone.with(0.8, 0.2, 0).withHalfLife(2)));
        systems.add(variant("LexRank 0.8 + title 0.2, TF", corpus, alone.with(0.8, 0, 0.2)));
        systems.add(variant("LexRank 0.8 + title 0.2, TF, MMR 0.9", corpus, alone.with(0.8, 0, 0.2).withMmr(0.9)));
        ScoringWeights previous = alone.with(0.75, 0.05, 0.2).withHalfLife(10).withMmr(0.9);
        systems.add(variant("LexRank 0.75 + position 0.05 (h 10) + title 0.2, TF, MMR 0.9 (the weights up to 1a6c873)", corpus, previous));
        systems.add(variant("the same, lede first", corpus, previous.withLedeFirst(true)));
        systems.add(variant("LexRank 0.65 + position 0.15 (h 5) + title 0.2, TF, MMR 0.75", corpus, byScore));
        systems.add(variant("hand-set: lede first, then LexRank 0.65 + position 0.15 (h 5) + title 0.2, TF, MMR 0.75", corpus, best));
        return systems;
    }

    private static SummarySystem variant(String name, CorpusStatistics corpus, ScoringWeights weights) {
        return SummarySystem.summarizer(name, new Summarizer(corpus, weights));
    }

    List<ReferenceArticle> read(String input) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<ReferenceArticle> articles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode row;
                try {
                    row = json.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                String text = row.path("text").asText(null);
                String summary = row.path("summary").asText(null);
                if (text == null || summary == null || text.isBlank() || summary.isBlank()) continue;
                articles.add(new ReferenceArticle(row.path("id").asText(""), row.path("title").asText(null), text, summary));
            }
        }
        return articles;
    }
}
