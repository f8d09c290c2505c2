package briefing.bench;

import briefing.run.BriefingRun;
import briefing.run.RunOptions;
import briefing.run.RunReport;
import briefing.summary.SummaryLength;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code briefing bench}: for each corpus size, in this one Spark session, the I/O floor, the full job on the same
 * generated corpus, and a copy of the job's output (what writing it costs, which the floor does not pay). Corpora are generated once under the work folder and reused by later runs (the same
 * seed gives the same corpus). Only counts and timings reach the driver.
 */
public final class ThroughputBenchmark {
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 1);
    public static final long WARM_UP_ARTICLES = 5_000;
    private final SparkSession spark;

    public ThroughputBenchmark(SparkSession spark) {
        this.spark = spark;
    }

    /** @param warmUpArticles size of the unreported first run (0: none) */
    public record Settings(List<Long> sizes, String work, String corpora, long seed, String modelDir, SummaryLength summaryLength,
                           long warmUpArticles) {}

    public List<SizeResult> run(Settings settings, Consumer<String> progress) throws IOException {
        warmUp(settings, progress);
        List<SizeResult> results = new ArrayList<>();
        for (long n : settings.sizes()) {
            String corpus = settings.work() + "/corpus-" + n;
            double generateSeconds = ensureCorpus(settings, n, corpus, progress);
            double inputMib = mib(corpus);

            progress.accept(n + " articles: I/O floor");
            long floorStarted = System.nanoTime();
            double floorHeap;
            try (HeapWatch heap = new HeapWatch()) {
                new IoFloor(spark).run(corpus, settings.work() + "/floor-" + n, RUN_DATE);
                floorHeap = heap.peakAfterGcMib();
            }
            double floorSeconds = (System.nanoTime() - floorStarted) / 1e9;

            progress.accept(n + " articles: full job");
            long jobStarted = System.nanoTime();
            RunReport report;
            double jobHeap;
            try (HeapWatch heap = new HeapWatch()) {
                report = new BriefingRun(spark).run(new RunOptions(corpus, null, settings.work() + "/out-" + n, RUN_DATE,
                        settings.modelDir(), settings.summaryLength(), 1.0));
                jobHeap = heap.peakAfterGcMib();
            }
            double jobSeconds = (System.nanoTime() - jobStarted) / 1e9;

            progress.accept(n + " articles: copying the job's output");
            String copy = settings.work() + "/copy-" + n;
            OutputCopy.Seconds copied = new OutputCopy(spark).run(report.articlesPath(), copy, RUN_DATE);

            SizeResult result = new SizeResult(n, inputMib, generateSeconds, floorSeconds, jobSeconds, report.written(), report.rejected(),
                    report.stageSeconds(), report.taskSeconds(), floorHeap, jobHeap,
                    new SizeResult.Output(mib(settings.work() + "/floor-" + n), mib(copy), copied.read(), copied.copy()));
            progress.accept(BenchmarkTable.row(result));
            results.add(result);
        }
        return results;
    }

    /**
     * One small floor and job first, not reported: the first run in a JVM pays for loading classes and compiling hot
     * code, which would otherwise land on whichever size comes first.
     */
    private void warmUp(Settings settings, Consumer<String> progress) throws IOException {
        if (settings.warmUpArticles() < 1) return;
        String corpus = settings.work() + "/corpus-" + settings.warmUpArticles();
        ensureCorpus(settings, settings.warmUpArticles(), corpus, progress);
        progress.accept("warming up on " + settings.warmUpArticles() + " articles");
        new IoFloor(spark).run(corpus, settings.work() + "/floor-warm-up", RUN_DATE);
        new BriefingRun(spark).run(new RunOptions(corpus, null, settings.work() + "/out-warm-up", RUN_DATE,
                settings.modelDir(), settings.summaryLength(), 1.0));
    }

    /** @return seconds spent generating, 0 when the corpus was already there */
    private double ensureCorpus(Settings settings, long n, String corpus, Consumer<String> progress) throws IOException {
        Path done = new Path(corpus, "_SUCCESS");
        if (done.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(done)) return 0;
        progress.accept(n + " articles: generating the corpus in " + corpus);
        long started = System.nanoTime();
        new ScaleCorpus(spark).generate(settings.corpora(), n, corpus, settings.seed());
        return (System.nanoTime() - started) / 1e9;
    }

    private double mib(String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        return fs.getContentSummary(p).getLength() / (1024.0 * 1024.0);
    }
}
