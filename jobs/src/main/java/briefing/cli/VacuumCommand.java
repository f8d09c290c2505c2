package briefing.cli;

import briefing.io.DeltaLake;
import briefing.io.DeltaVacuum;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** briefing vacuum: removes the Delta tables' files that no version within the retention uses. */
final class VacuumCommand implements Command {
    @Override
    public String name() { return "vacuum"; }

    @Override
    public String summary() { return "remove the Delta tables' replaced and uncommitted files older than the retention"; }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.required("output", "DIR", "the run's --output: vacuums DIR/articles and DIR/rejects"),
                Flag.optional("retain-hours", "H", "keep files still needed to read any version of the last H hours; under "
                        + (int) DeltaVacuum.DEFAULT_RETAIN_HOURS + " Delta also wants --conf spark.databricks.delta.retentionDurationCheck.enabled=false",
                        String.valueOf((int) DeltaVacuum.DEFAULT_RETAIN_HOURS)));
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        retainHours(line);
    }

    @Override
    public Map<String, String> sparkSettings(CommandLine line) {
        return DeltaLake.sessionSettings(new SparkConf());
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        DeltaLake.requireOnClassPath();
        double hours = retainHours(line);
        Map<String, Long> removed = DeltaVacuum.vacuum(spark, line.get("output"), hours);
        if (removed.isEmpty()) {
            System.err.println("briefing vacuum: no Delta table under " + line.get("output") + " (runs with --table-format parquet keep no old files)");
            return 1;
        }
        removed.forEach((table, n) -> System.out.printf("%s: removed %d files older than %s hours that no version within them uses%n",
                table, n, line.get("retain-hours")));
        return 0;
    }

    private static double retainHours(CommandLine line) throws UsageException {
        try {
            double hours = Double.parseDouble(line.get("retain-hours").trim());
            if (hours >= 0) return hours;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException("--retain-hours takes a number of hours, 0 or more, got '" + line.get("retain-hours") + "'");
    }
}
