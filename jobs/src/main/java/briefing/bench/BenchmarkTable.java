package briefing.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's printed table: one row per corpus size, then how the time grew with the size. */
public final class BenchmarkTable {
    static final String HEADER = String.format(Locale.ROOT, "%10s %9s %9s %9s %7s %10s %7s %10s %10s %10s %9s %11s %7s %7s",
            "articles", "input MiB", "floor s", "job s", "x floor", "articles/s", "MiB/s", "vectorise", "classify", "summarise", "heap MiB",
            "out MiB f/j", "copy s", "write s");

    private BenchmarkTable() {}

    static String row(SizeResult r) {
        Map<String, Double> task = r.taskSeconds();
        return String.format(Locale.ROOT, "%10d %9.1f %9.1f %9.1f %7.2f %10.0f %7.2f %10.1f %10.1f %10.1f %9.0f %11s %7.1f %7.1f",
                r.articles(), r.inputMib(), r.floorSeconds(), r.jobSeconds(), r.ratioToFloor(), r.articlesPerSecond(), r.mibPerSecond(),
                task.getOrDefault("vectorise", Double.NaN), task.getOrDefault("classify", Double.NaN), task.getOrDefault("summarise", Double.NaN),
                r.jobHeapMib(), String.format(Locale.ROOT, "%.0f/%.0f", r.output().floorMib(), r.output().jobMib()), r.output().copySeconds(), r.output().writeSeconds());
    }

    public static String of(List<SizeResult> results) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (SizeResult r : results) sb.append(row(r)).append('\n');
        for (int i = 1; i < results.size(); i++) {
            SizeResult small = results.get(i - 1);
            SizeResult large = results.get(i);
            sb.append(String.format(Locale.ROOT, "time(%d) / time(%d) = %.2f for %.1fx the articles%n", large.articles(), small.articles(),
                    large.jobSeconds() / small.jobSeconds(), (double) large.articles() / small.articles()));
        }
        sb.append("vectorise, classify, summarise: task seconds summed over executor threads; heap: peak after GC during the job\n");
        sb.append("out MiB f/j: Parquet written by the floor / by the job; copy s: reading the job's articles and writing them again;\n"
                + "write s: the copy less reading the same rows alone, what writing the job's output costs\n");
        return sb.toString();
    }
}
