package briefing.cli;

import briefing.param.Param;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Parses {@code --name value} and {@code --name=value} against a command's flags. With {@code --config FILE}
 * (a properties file: {@code name=value} for flags, {@code spark.*} keys for Spark settings) the file fills in
 * what the command line does not say: flags win.
 */
public final class CommandLine {
    public static final String CONFIG = "config";
    public static final String CONF = "conf";

    private final Map<String, String> values;
    private final Map<String, String> sparkConf;

    private CommandLine(Map<String, String> values, Map<String, String> sparkConf) {
        this.values = values;
        this.sparkConf = sparkConf;
    }

    public static CommandLine parse(String[] args, List<Flag> flags) throws UsageException {
        Map<String, Flag> byName = new HashMap<>();
        for (Flag f : flags) byName.put(f.name(), f);
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
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
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value (" + flag.value() + ")");
                }
                value = args[++i];
            }
            if (flag.repeatable()) {
                repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else if (values.putIfAbsent(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        Map<String, String> sparkConf = new TreeMap<>();
        if (values.containsKey(CONFIG)) {
            fillFromConfig(Path.of(values.get(CONFIG)), byName, values, sparkConf);
        }
        for (String setting : repeated.getOrDefault(CONF, List.of())) {
            int eq = setting.indexOf('=');
            if (eq <= 0) throw new UsageException("--conf takes key=value, got '" + setting + "'");
            sparkConf.put(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
        }
        for (Flag f : flags) {
            if (f.required() && !values.containsKey(f.name())) {
                throw new UsageException("missing --" + f.name() + " " + f.value());
            }
            if (!values.containsKey(f.name()) && f.defaultValue() != null) {
                values.put(f.name(), f.defaultValue());
            }
        }
        return new CommandLine(values, sparkConf);
    }

    private static void fillFromConfig(Path file, Map<String, Flag> flags, Map<String, String> values, Map<String, String> sparkConf)
            throws UsageException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UsageException("cannot read --config " + file + ": " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("spark.")) {
                sparkConf.put(key, value);
            } else if (flags.containsKey(key) && !flags.get(key).repeatable() && !key.equals(CONFIG)) {
                values.putIfAbsent(key, value);
            } else {
                throw new UsageException(file + ": unknown setting '" + key + "' (use a flag name without --, or a spark.* key)");
            }
        }
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name) {
        return values.get(name);
    }

    /** Spark settings from {@code --conf} and the config file's {@code spark.*} keys ({@code --conf} wins). */
    public Map<String, String> sparkConf() {
        return sparkConf;
    }

    /** A declared parameter's value (its default when the flag is absent), read and checked by its declaration. */
    public <T> T get(Param<T> param) throws UsageException {
        String v = values.get(param.name());
        if (v == null) return param.defaultValue();
        try {
            return param.read(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
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
