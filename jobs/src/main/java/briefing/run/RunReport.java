package briefing.run;

import briefing.io.OutputTables;
import java.util.Map;

/**
 * What a run did, as printed at its end: where it wrote, how many records went where, and the topic counts.
 *
 * @param read                records in the input, counted from the raw read
 * @param status              the manifest's status
 * @param stageSeconds        wall time of each stage of the run, as in its manifest
 * @param taskSeconds         task time (summed over executor threads) spent vectorising, classifying and summarising
 * @param tableVersions       Delta only: the version of each table the run committed; null for Parquet
 */
public record RunReport(String runId, String runDate, String modelVersion, String articlesPath, String rejectsPath,
                        long written, long rejected, Map<String, Long> topicCounts, long withoutTopic,
                        long read, Map<String, Long> rejectedByReason, String status, String manifestPath,
                        Map<String, Double> stageSeconds, Map<String, Double> taskSeconds, double elapsedSeconds,
                        Map<String, Long> tableVersions) {

    /** The exit status of a run that wrote its tables but rejected more than its budget (--max-reject-ratio) of its records. */
    public static final int REJECT_BUDGET_EXIT_STATUS = 3;

    public boolean rejectBudgetExceeded() {
        return RunManifest.REJECT_BUDGET_EXCEEDED.equals(status);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("run ").append(runId).append(" (run_date ").append(runDate).append(", model ").append(modelVersion).append(")\n");
        sb.append(String.format("  read %d: written %d, rejected %d%n", read, written, rejected));
        rejectedByReason.forEach((reason, n) -> sb.append(String.format("    %-17s %d%n", reason, n)));
        topicCounts.forEach((topic, n) -> sb.append(String.format("  %-13s %d%n", topic, n)));
        sb.append(String.format("  %-13s %d%n", "(no topic)", withoutTopic));
        sb.append(String.format(java.util.Locale.ROOT, "  task time: vectorising %.1f s, classifying %.1f s, summarising %.1f s; the run took %.1f s%n",
                taskSeconds.getOrDefault("vectorise", 0.0), taskSeconds.getOrDefault("classify", 0.0), taskSeconds.getOrDefault("summarise", 0.0),
                elapsedSeconds));
        sb.append("  articles: ").append(articlesPath).append(deltaVersion(OutputTables.ARTICLES)).append('\n');
        sb.append("  rejects:  ").append(rejectsPath).append(deltaVersion(OutputTables.REJECTS)).append('\n');
        sb.append("  manifest: ").append(manifestPath).append('\n');
        sb.append("  status:   ").append(status).append('\n');
        return sb.toString();
    }

    private String deltaVersion(String table) {
        return tableVersions == null || !tableVersions.containsKey(table) ? "" : " (Delta version " + tableVersions.get(table) + ")";
    }
}
