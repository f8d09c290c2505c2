package briefing.job;

import java.util.Map;

/** What a run did, as printed at its end: where it wrote, how many articles went where, and the topic counts. */
public record RunReport(String runId, String runDate, String modelVersion, String articlesPath, String rejectsPath,
                        long written, long rejected, Map<String, Long> topicCounts, long withoutTopic,
                        double summarisingSeconds, double elapsedSeconds) {

    public RunReport(String runId, String runDate, String modelVersion, String articlesPath, String rejectsPath,
                     long written, long rejected, Map<String, Long> topicCounts, long withoutTopic) {
        this(runId, runDate, modelVersion, articlesPath, rejectsPath, written, rejected, topicCounts, withoutTopic, -1, -1);
    }

    public long read() {
        return written + rejected;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("run ").append(runId).append(" (run_date ").append(runDate).append(", model ").append(modelVersion).append(")\n");
        sb.append(String.format("  read %d: written %d, rejected %d%n", read(), written, rejected));
        topicCounts.forEach((topic, n) -> sb.append(String.format("  %-13s %d%n", topic, n)));
        sb.append(String.format("  %-13s %d%n", "(no topic)", withoutTopic));
        sb.append("  articles: ").append(articlesPath).append('\n');
        sb.append("  rejects:  ").append(rejectsPath).append('\n');
        if (summarisingSeconds >= 0) {
            sb.append(String.format(java.util.Locale.ROOT, "  summarising: %.1f s of task time (splitting, scoring, choosing, topic summaries); the run took %.1f s%n",
                    summarisingSeconds, elapsedSeconds));
        }
        return sb.toString();
    }
}
