package briefing.run;

import briefing.io.HadoopFiles;
import briefing.io.Json;
import java.io.IOException;
import java.util.Map;

/**
 * What a run did, written to {@code DIR/_runs/<run_id>.json} at its end, whether it succeeded or not: the record
 * a scheduler or an analyst checks first. Times are ISO-8601 UTC.
 *
 * @param status        {@value #SUCCEEDED}, {@value #FAILED} or {@value #REJECT_BUDGET_EXCEEDED}
 * @param counts        null when the run failed before counting
 * @param rejectRatio   rejected / read (0 for an empty input); null when not counted
 * @param error         why the run failed; null otherwise
 * @param sparkVersion  the Spark the run ran on, and {@code applicationId} its application
 * @param modelSha256   the checksum of the model the run used: its model.json, which holds every file's (null when it was not loaded)
 * @param topicCounts   articles per topic, and {@code withoutTopic} those with none (null when not counted)
 * @param stageSeconds  wall-clock seconds per stage, in the order they ran
 * @param tableFormat   {@code parquet} or {@code delta}
 * @param tableVersions Delta only: the version of each table the run committed (a table it did not commit is absent);
 *                      null for Parquet, or when the run failed before publishing
 * @param summaryModelVersion the summariser's sentence scorer the run used, and {@code summaryModelSha256} its model.json's
 *                      checksum (null when it was not loaded)
 */
public record RunManifest(
        String runId,
        String status,
        String startedAt,
        String finishedAt,
        String input,
        String output,
        String runDate,
        String modelVersion,
        Counts counts,
        double maxRejectRatio,
        Double rejectRatio,
        String error,
        String sparkVersion,
        String applicationId,
        String modelSha256,
        Map<String, Long> topicCounts,
        Long withoutTopic,
        Map<String, Double> stageSeconds,
        String tableFormat,
        Map<String, Long> tableVersions,
        String summaryModelVersion,
        String summaryModelSha256) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String REJECT_BUDGET_EXCEEDED = "reject_budget_exceeded";
    public static final String RUNS_DIR = "_runs";

    /**
     * @param read              records in the input, counted from the raw read
     * @param written           rows in the articles table's partition
     * @param rejected          rows in the rejects table's partition
     * @param rejectedByReason  rejects per reason code
     */
    public record Counts(long read, long written, long rejected, Map<String, Long> rejectedByReason) {
        /** Fails loudly when a record was lost or counted twice: read must equal written + rejected. */
        public void requireBalanced() {
            if (read != written + rejected) {
                throw new IllegalStateException("records unaccounted for: read " + read + " but written " + written
                        + " + rejected " + rejected + " = " + (written + rejected) + "; the tables were not published");
            }
        }

        public double rejectRatio() {
            return read == 0 ? 0 : (double) rejected / read;
        }
    }

    public static String path(String output, String runId) {
        return output + "/" + RUNS_DIR + "/" + runId + ".json";
    }

    public String toJson() throws IOException {
        return Json.MAPPER.writeValueAsString(this) + "\n";
    }

    public static RunManifest fromJson(String json) throws IOException {
        return Json.MAPPER.readValue(json, RunManifest.class);
    }

    /** @return where it was written */
    public String write(HadoopFiles files) throws IOException {
        String path = path(output, runId);
        files.writeText(path, toJson());
        return path;
    }
}
