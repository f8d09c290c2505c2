package briefing.job;

import briefing.io.InputFormat;
import briefing.summary.SummaryLength;
import java.time.LocalDate;

/**
 * One run of the job.
 *
 * @param inputFormat null to detect it from the input path
 */
public record RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, SummaryLength summaryLength) {
    public static final int DEFAULT_SUMMARY_SENTENCES = SummaryLength.DEFAULT_SENTENCES;

    public RunOptions {
        if (summaryLength == null) {
            throw new IllegalArgumentException("summaryLength must not be null");
        }
    }

    public RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, int summarySentences) {
        this(input, inputFormat, output, runDate, modelDir, sentences(summarySentences));
    }

    private static SummaryLength sentences(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--summary-sentences must be at least 1, got " + n);
        }
        return SummaryLength.sentences(n);
    }
}
