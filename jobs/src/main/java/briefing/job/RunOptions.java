package briefing.job;

import briefing.io.InputFormat;
import java.time.LocalDate;

/**
 * One run of the job.
 *
 * @param inputFormat null to detect it from the input path
 * @param maxRejectRatio above this share of rejected records the run still writes everything but reports
 *                       {@link RunManifest#REJECT_BUDGET_EXCEEDED}
 */
public record RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, int summarySentences,
                         double maxRejectRatio) {
    public static final int DEFAULT_SUMMARY_SENTENCES = 3;
    /**
     * One record in twenty. A healthy feed rejects a few stray lines (well under 1%); a twentieth is a broken
     * feed or a changed format, which someone should look at, while one bad record in a small batch of tens
     * does not page anyone.
     */
    public static final double DEFAULT_MAX_REJECT_RATIO = 0.05;

    public RunOptions {
        if (summarySentences < 1) {
            throw new IllegalArgumentException("--summary-sentences must be at least 1, got " + summarySentences);
        }
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new IllegalArgumentException("--max-reject-ratio must be between 0 and 1, got " + maxRejectRatio);
        }
    }

    public RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, int summarySentences) {
        this(input, inputFormat, output, runDate, modelDir, summarySentences, DEFAULT_MAX_REJECT_RATIO);
    }
}
