import briefing.model.ModelBundle;
import briefing.summary.CorpusStatistics;
import briefing.summary.ScoredArticle;
import briefing.summary.ScoringWeights;
import briefing.summary.Summarizer;
import briefing.summary.SummaryLength;
import briefing.summary.TopicFocus;
import briefing.text.LanguageGuess;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import briefing.text.Words;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicClassifier;
import briefing.vectorize.ArticleVectorizer;
import briefing.vectorize.TermVector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * CPU time per article of each piece of the job's language work, on one thread, outside Spark: the figures behind
 * the per-change notes of jobs/BENCHMARKS.md. Usage: run.sh MODEL_DIR ARTICLES_JSONL [ARTICLES] [ROUNDS]. The summariser is the
 * job's: with the sentence scorer of models/summary (SUMMARY_MODEL to name another).
 */
public class PhaseTimes {
    static final String[] PHASES = {"vectorise", "classify", "evidence", "split", "score", "choose+topic summaries", "language guess", "word count"};
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        ModelBundle model = ModelBundle.load(spark, args[0]);
        ArticleVectorizer vectorizer = model.pipeline().vectorizer();
        TopicClassifier classifier = model.classifier();
        CorpusStatistics corpus = model.pipeline().corpusStatistics();
        TopicFocus focus = new TopicFocus(classifier.termWeights());
        spark.stop();

        List<String[]> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var lines = Files.lines(Path.of(args[1]))) {
            lines.limit(limit).forEach(line -> {
                try {
                    JsonNode n = json.readTree(line);
                    articles.add(new String[] {n.path("title").asText(null), n.path("text").asText(null)});
                } catch (Exception e) {
                    throw new IllegalArgumentException(e);
                }
            });
        }
        SentenceSplitter splitter = new SentenceSplitter();
        String summaryModel = System.getenv().getOrDefault("SUMMARY_MODEL", "models/summary");
        Summarizer summarizer = new Summarizer(corpus, ScoringWeights.DEFAULT,
                briefing.model.SummaryModel.load(new org.apache.hadoop.conf.Configuration(), summaryModel).scorerFor(corpus));
        SummaryLength length = SummaryLength.sentences(3);
        System.out.printf("%d articles, %d rounds (the first warms the JIT up); CPU microseconds per article%n", articles.size(), rounds);
        System.out.printf("%-6s %9s", "round", "total");
        for (String phase : PHASES) System.out.printf(" %12s", phase);
        System.out.println();
        long check = 0;
        for (int round = 1; round <= rounds; round++) {
            long[] nanos = new long[PHASES.length];
            for (String[] a : articles) {
                long t0 = cpu();
                TermVector vector = vectorizer.vectorise(a[0], a[1]);
                long t1 = cpu();
                TopicAssignment topics = classifier.classify(vector);
                long t2 = cpu();
                check += classifier.evidence(vector, topics.topics(), a[0], a[1]).size();
                long t3 = cpu();
                List<Sentence> sentences = splitter.split(a[1]);
                long t4 = cpu();
                ScoredArticle scored = summarizer.score(a[0], sentences);
                long t5 = cpu();
                check += summarizer.choose(scored, length).sentences().size();
                check += focus.summaries(scored, topics.topics(), length, corpus).size();
                long t6 = cpu();
                check += LanguageGuess.of(a[1]).length();
                long t7 = cpu();
                check += Words.count(a[1]);
                long t8 = cpu();
                long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7, t8};
                for (int p = 0; p < PHASES.length; p++) nanos[p] += marks[p + 1] - marks[p];
            }
            long total = 0;
            for (long n : nanos) total += n;
            System.out.printf("%-6d %9.1f", round, total / 1e3 / articles.size());
            for (long n : nanos) System.out.printf(" %12.1f", n / 1e3 / articles.size());
            System.out.println();
        }
        System.out.println("checksum of the results (equal before and after a change that keeps the output): " + check);
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }
}
