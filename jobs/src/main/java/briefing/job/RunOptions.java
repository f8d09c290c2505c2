package briefing.job;

import briefing.io.InputFormat;
import java.time.LocalDate;

/**
 * One run of the job.
 *
 * @param inputFormat null to detect it from the input path
 */
public record RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, int summarySentences) {
    public static final int DEFAULT_SUMMARY_SENTENCES = 3;

    public RunOptions {
        if (summarySentences < 1) {
            throw new IllegalArgumentException("--summary-sentences must be at least 1, got " + summarySentences);
        }
    }
}
