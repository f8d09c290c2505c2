package briefing.job;

import java.util.Map;

/** What a run did, as printed at its end: where it wrote, how many articles went where, and the topic counts. */
public record RunReport(String runId, String runDate, String modelVersion, String articlesPath, String rejectsPath,
                        long written, long rejected, Map<String, Long> topicCounts, long withoutTopic) {

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
        return sb.toString();
    }
}
