package briefing.cli;

import briefing.io.DeltaLake;
import briefing.io.InputFormat;
import briefing.io.TableFormat;
import briefing.run.BriefingRun;
import briefing.run.RunOptions;
import briefing.run.RunReport;
import briefing.summary.SummaryLength;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

final class RunCommand implements Command {
    /** In --input, replaced by the run date, so a scheduler can pass one fixed template: {@code news/dt={run_date}/*.jsonl}. */
    static final String RUN_DATE_PLACEHOLDER = "{run_date}";

    @Override
    public String name() { return "run"; }

    @Override
    public String summary() { return "label and summarise a batch of articles, write the tables (Parquet or Delta Lake)"; }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.required("input", "PATH", "JSONL file, folder of .txt files, or Parquet; may be a glob and may contain {run_date}"),
                Flag.required("output", "DIR", "writes DIR/articles/run_date=D/ and DIR/rejects/run_date=D/"),
                Flag.optional("input-format", "FORMAT", "jsonl, txt or parquet (default: from the path)", null),
                Flag.optional("run-date", "YYYY-MM-DD", "the partition to (re)write (default: today, UTC)", null),
                Flag.optional("model", "DIR", "model directory, or a folder whose LATEST file names one (default: the project's models/topics under bin/briefing, else the model the jar carries)", null),
                Flag.optional("summary-model", "DIR", "the summariser's sentence scorer, or a folder whose LATEST names one (default: the project's models/summary under bin/briefing, else the one the jar carries)", null),
                Flag.optional("summary-sentences", "N", "at most N sentences per summary (default " + RunOptions.DEFAULT_SUMMARY_SENTENCES
                        + " when no length flag is given)", null),
                Flag.optional("summary-words", "W", "at most W words per summary (whole sentences; the first is kept even if longer)", null),
                Flag.optional("summary-ratio", "R", "at most ceil(R x the article's sentences) sentences, 0 < R <= 1; "
                        + "every length flag given holds, the tightest wins", null),
                Flag.of(RunOptions.MAX_REJECT_RATIO),
                Flag.optional("table-format", "FORMAT", "parquet (partition folders) or delta (Delta Lake tables: one commit per table "
                        + "and run, version history; needs " + DeltaLake.PACKAGE + " on a cluster)", TableFormat.PARQUET.flagValue()));
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        options(line);
    }

    @Override
    public Map<String, String> sparkSettings(CommandLine line) {
        try {
            return tableFormat(line) == TableFormat.DELTA ? DeltaLake.sessionSettings(new SparkConf()) : Map.of();
        } catch (UsageException e) {
            return Map.of(); // validate has refused it already
        }
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        RunReport report = new BriefingRun(spark).run(options(line));
        System.out.print(report.describe());
        if (report.rejectBudgetExceeded()) {
            System.err.printf("briefing run: %d of %d records rejected, more than --max-reject-ratio %s: see %s%n",
                    report.rejected(), report.read(), line.get("max-reject-ratio"), report.rejectsPath());
            return RunReport.REJECT_BUDGET_EXIT_STATUS;
        }
        return 0;
    }

    static RunOptions options(CommandLine line) throws UsageException {
        LocalDate runDate;
        try {
            runDate = line.has("run-date") ? LocalDate.parse(line.get("run-date")) : LocalDate.now(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException("--run-date takes YYYY-MM-DD, got '" + line.get("run-date") + "'");
        }
        InputFormat format;
        try {
            format = line.has("input-format") ? InputFormat.parse(line.get("input-format")) : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double maxRejectRatio = line.get(RunOptions.MAX_REJECT_RATIO);
        String input = line.get("input").replace(RUN_DATE_PLACEHOLDER, runDate.toString());
        try {
            return new RunOptions(input, format, line.get("output"), runDate,
                    ModelDefaults.modelDir(line), summaryLength(line), maxRejectRatio, tableFormat(line), ModelDefaults.summaryModelDir(line));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static TableFormat tableFormat(CommandLine line) throws UsageException {
        try {
            return TableFormat.parse(line.get("table-format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static SummaryLength summaryLength(CommandLine line) throws UsageException {
        Integer sentences = line.has("summary-sentences") ? line.getInt("summary-sentences", 1) : null;
        Integer words = line.has("summary-words") ? line.getInt("summary-words", 1) : null;
        Double ratio = null;
        if (line.has("summary-ratio")) {
            try {
                ratio = Double.parseDouble(line.get("summary-ratio").trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--summary-ratio takes a number, got '" + line.get("summary-ratio") + "'");
            }
            if (!(ratio > 0 && ratio <= 1)) {
                throw new UsageException("--summary-ratio must be in (0, 1], got " + line.get("summary-ratio"));
            }
        }
        return new SummaryLength(sentences, words, ratio);

    }
}
