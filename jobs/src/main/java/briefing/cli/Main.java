package briefing.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one entry point: {@code briefing <command> [flags]}, the same under bin/briefing (embedded local Spark) and
 * spark-submit (cluster). The Spark master always comes from whoever launches it.
 *
 * <p>Exit status: 0 success, 1 the run failed, 2 the command line is wrong, 3 a run wrote its tables but rejected
 * more records than its budget allows.
 */
public final class Main {
    static final List<Command> COMMANDS = List.of(new RunCommand(), new TrainCommand(), new TrainSummaryScorerCommand(), new EvaluateCommand(), new EvaluateSummariesCommand(),
            new GenerateCommand(), new BenchCommand(), new VacuumCommand());
    /** Flags every command takes. */
    static final List<Flag> COMMON_FLAGS = List.of(
            Flag.optional(CommandLine.CONFIG, "FILE", "properties file of flag=value lines and spark.* settings; flags given on the command line win", null),
            Flag.repeatable(CommandLine.CONF, "KEY=VALUE", "a Spark setting, passed through (repeatable)"));

    private Main() {}

    public static void main(String[] args) {
        int status = execute(args, System.out, System.err);
        // End the JVM with the status ourselves: spark-submit in cluster mode can report 0 for a failed driver.
        System.exit(status);
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        String unsupported = unsupportedJava(Runtime.version().feature());
        if (unsupported != null) {
            err.println("briefing: " + unsupported);
            return 1;
        }
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("briefing: unknown command '" + args[0] + "'\n");
            err.print(usage());
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.print(help(command));
            return 0;
        }
        CommandLine line;
        try {
            line = CommandLine.parse(rest, flags(command));
            command.validate(line);
        } catch (UsageException e) {
            err.println("briefing " + command.name() + ": " + e.getMessage());
            err.println("see: briefing " + command.name() + " --help");
            return 2;
        }
        if (!new SparkConf().contains("spark.master") && !line.sparkConf().containsKey("spark.master")) {
            err.println("briefing: no Spark master set: run through bin/briefing (embedded local Spark) or spark-submit (cluster), "
                    + "or pass -Dspark.master=local[*]");
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("briefing " + command.name());
        command.sparkSettings(line).forEach(builder::config);
        line.sparkConf().forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        try {
            return command.run(line, spark);
        } catch (Exception | LinkageError e) {
            err.println("briefing " + command.name() + ": failed: " + message(e));
            if (Boolean.getBoolean("briefing.debug")) e.printStackTrace(err);
            else err.println("(run with -Dbriefing.debug=true, or BRIEFING_DEBUG=1 under bin/briefing, for the stack trace)");
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** Hadoop's Parquet writer fails on JDK 25 (Subject.getSubject is gone); Spark 4.1 needs at least 17. */
    static String unsupportedJava(int feature) {
        if (feature < 17 || feature >= 25) {
            return "Java " + feature + " is not supported: use a JDK 17 or 21 (Spark 4.1 needs 17+, and Hadoop's Parquet writer "
                    + "fails on 25). Set JAVA_HOME to one.";
        }
        return null;
    }

    static String message(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) sb.append(": ").append(c.getMessage());
        }
        return sb.toString();
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("usage: briefing <command> [flags]\n\ncommands:\n");
        for (Command c : COMMANDS) sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        sb.append("\nbriefing <command> --help lists a command's flags.\n");
        return sb.toString();
    }

    static List<Flag> flags(Command command) {
        List<Flag> flags = new java.util.ArrayList<>(command.flags());
        flags.addAll(COMMON_FLAGS);
        return flags;
    }

    static String help(Command command) {
        StringBuilder sb = new StringBuilder("usage: briefing " + command.name());
        for (Flag f : command.flags()) {
            String flag = "--" + f.name() + " " + f.value();
            sb.append(' ').append(f.required() ? flag : "[" + flag + "]");
        }
        sb.append(" [--config FILE] [--conf KEY=VALUE]...");
        sb.append("\n\n").append(command.summary()).append("\n\nflags:\n");
        for (Flag f : flags(command)) {
            sb.append(String.format("  --%-20s %s%s%n", f.name() + " " + f.value(), f.help(),
                    f.defaultValue() != null ? " (default " + f.defaultValue() + ")" : ""));
        }
        return sb.toString();
    }
}
