package briefing.run;

import briefing.model.SummaryModel;
import briefing.io.InputFormat;
import briefing.io.TableFormat;
import briefing.param.Param;
import briefing.summary.SummaryLength;
import java.time.LocalDate;

/**
 * One run of the job.
 *
 * @param inputFormat     null to detect it from the input path
 * @param maxRejectRatio  share of rejected records above which the run reports failure after writing everything
 * @param tableFormat     how the tables are published
 * @param summaryModelDir the summariser's sentence scorer ({@link SummaryModel}); null for the one the jar carries
 */
public record RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir,
                         SummaryLength summaryLength, double maxRejectRatio, TableFormat tableFormat, String summaryModelDir) {
    public static final int DEFAULT_SUMMARY_SENTENCES = SummaryLength.DEFAULT_SENTENCES;
    /**
     * The reject budget. One record in twenty by default: a healthy feed rejects a few stray lines (well under 1%); a
     * twentieth is a broken feed or a changed format, which someone should look at, while one bad record in a small
     * batch of tens does not page anyone.
     */
    public static final Param<Double> MAX_REJECT_RATIO = Param.number("max-reject-ratio", "R", "share of rejected records above which "
            + "the run exits " + RunReport.REJECT_BUDGET_EXIT_STATUS + " after writing everything", 0.05, r -> r >= 0 && r <= 1, "from 0 to 1");
    public static final double DEFAULT_MAX_REJECT_RATIO = MAX_REJECT_RATIO.defaultValue();

    public RunOptions {
        if (summaryLength == null) {
            throw new IllegalArgumentException("summaryLength must not be null");
        }
        MAX_REJECT_RATIO.check(maxRejectRatio);
        if (tableFormat == null) {
            throw new IllegalArgumentException("tableFormat must not be null");
        }
        if (summaryModelDir == null) summaryModelDir = SummaryModel.BUNDLED;
    }

    public RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir,
                      SummaryLength summaryLength, double maxRejectRatio, TableFormat tableFormat) {
        this(input, inputFormat, output, runDate, modelDir, summaryLength, maxRejectRatio, tableFormat, null);
    }

    public RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir,
                      SummaryLength summaryLength, double maxRejectRatio) {
        this(input, inputFormat, output, runDate, modelDir, summaryLength, maxRejectRatio, TableFormat.PARQUET);
    }

    public RunOptions withTableFormat(TableFormat format) {
        return new RunOptions(input, inputFormat, output, runDate, modelDir, summaryLength, maxRejectRatio, format, summaryModelDir);
    }

    /** @param dir the summary model (its directory, or a folder whose LATEST names one); null for the one the jar carries */
    public RunOptions withSummaryModel(String dir) {
        return new RunOptions(input, inputFormat, output, runDate, modelDir, summaryLength, maxRejectRatio, tableFormat, dir);
    }

    public RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, int summarySentences) {
        this(input, inputFormat, output, runDate, modelDir, sentences(summarySentences), DEFAULT_MAX_REJECT_RATIO);
    }

    public RunOptions(String input, InputFormat inputFormat, String output, LocalDate runDate, String modelDir, int summarySentences,
                      double maxRejectRatio) {
        this(input, inputFormat, output, runDate, modelDir, sentences(summarySentences), maxRejectRatio);
    }

    private static SummaryLength sentences(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--summary-sentences must be at least 1, got " + n);
        }
        return SummaryLength.sentences(n);
    }
}
