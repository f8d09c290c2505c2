package briefing.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --name value} and {@code --name=value} against a command's flags. */
public final class CommandLine {
    private final Map<String, String> values;

    private CommandLine(Map<String, String> values) {
        this.values = values;
    }

    public static CommandLine parse(String[] args, List<Flag> flags) throws UsageException {
        Map<String, Flag> byName = new HashMap<>();
        for (Flag f : flags) byName.put(f.name(), f);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Flag flag = byName.get(name);
            if (flag == null) {
                throw new UsageException("unknown flag --" + name);
            }
            if (values.containsKey(name)) {
                throw new UsageException("--" + name + " given twice");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value (" + flag.value() + ")");
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        for (Flag f : flags) {
            if (f.required() && !values.containsKey(f.name())) {
                throw new UsageException("missing --" + f.name() + " " + f.value());
            }
            if (!values.containsKey(f.name()) && f.defaultValue() != null) {
                values.put(f.name(), f.defaultValue());
            }
        }
        return new CommandLine(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name) {
        return values.get(name);
    }

    public int getInt(String name, int min) throws UsageException {
        String v = values.get(name);
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min) throw new UsageException("--" + name + " must be at least " + min + ", got " + v);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, got '" + v + "'");
        }
    }
}
