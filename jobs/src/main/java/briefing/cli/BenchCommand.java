package briefing.cli;

import briefing.bench.BenchmarkReport;
import briefing.bench.BenchmarkTable;
import briefing.bench.SizeResult;
import briefing.bench.ThroughputBenchmark;
import briefing.run.RunOptions;
import briefing.summary.SummaryLength;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

final class BenchCommand implements Command {
    @Override
    public String name() { return "bench"; }

    @Override
    public String summary() { return "throughput benchmark: the full job against its I/O floor on generated corpora of each size, and what writing its output costs"; }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.optional("sizes", "N,N,...", "corpus sizes in articles", "10000,100000,1000000"),
                Flag.required("work", "DIR", "where corpora (kept and reused), floor and job outputs go"),
                Flag.optional("report", "FILE", "write the results as JSON here (default: WORK/bench.json)", null),
                Flag.optional("corpora", "DIR", "folder of JSONL corpora to generate from (default: ../shared/corpora beside the project)", null),
                Flag.optional("seed", "S", "corpus seed", "1"),
                Flag.optional("model", "DIR", "model directory, or a folder whose LATEST file names one (default: the project's models/topics)", null));
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        sizes(line);
        line.getInt("seed", 0);
        GenerateCommand.corpora(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(sizes(line), line.get("work"), GenerateCommand.corpora(line),
                line.getInt("seed", 0), ModelDefaults.modelDir(line), SummaryLength.sentences(RunOptions.DEFAULT_SUMMARY_SENTENCES),
                ThroughputBenchmark.WARM_UP_ARTICLES);
        List<SizeResult> results = new ThroughputBenchmark(spark).run(settings, message -> System.err.println("bench: " + message));
        System.out.print(BenchmarkTable.of(results));
        Path report = Path.of(line.has("report") ? line.get("report") : line.get("work") + "/bench.json");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, BenchmarkReport.json(spark, results));
        System.out.println("report: " + report);
        return 0;
    }

    static List<Long> sizes(CommandLine line) throws UsageException {
        List<Long> sizes = new ArrayList<>();
        for (String part : line.get("sizes").split(",")) {
            try {
                long n = Long.parseLong(part.trim());
                if (n < 1) throw new NumberFormatException();
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new UsageException("--sizes takes positive whole numbers separated by commas, got '" + line.get("sizes") + "'");
            }
        }
        return sizes;
    }
}
