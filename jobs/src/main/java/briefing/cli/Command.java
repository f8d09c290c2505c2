package briefing.cli;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** A {@code briefing} sub-command. */
interface Command {
    String name();

    /** One line for the command list. */
    String summary();

    List<Flag> flags();

    /** Checks the flags' values before Spark starts, so a bad value fails fast with exit status 2. */
    default void validate(CommandLine line) throws UsageException {}

    /** Spark settings the command needs from the start (static ones, such as session extensions); --conf and --config win. */
    default Map<String, String> sparkSettings(CommandLine line) { return Map.of(); }

    /** @return the process exit status */
    int run(CommandLine line, SparkSession spark) throws Exception;
}
