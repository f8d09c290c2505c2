package briefing.param;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A setting declared once, as Spark's {@code Param} and Tribuo's {@code @Config(description = ...)} declare theirs:
 * its flag name, what its value is called in help, its description, its default, how its value is read from text,
 * which values it may take, and how it is recorded in a model's settings (model.json and the model card). The flag,
 * its validation, its help line, the check in the settings record that holds it and its entry in a model's settings
 * all come from this one declaration, so a value the command accepts is one the record, and whatever reads the model
 * later, accept too.
 *
 * @param <T> the value's type
 */
public final class Param<T> {
    private final String name;
    private final String valueName;
    private final String description;
    private final T defaultValue;
    private final String kind;
    private final Function<String, T> reader;
    private final Predicate<T> allowed;
    private final String requirement;
    private final String key;
    private final Function<T, Object> recorded;

    private Param(String name, String valueName, String description, T defaultValue, String kind, Function<String, T> reader,
                  Predicate<T> allowed, String requirement, String key, Function<T, Object> recorded) {
        this.name = name;
        this.valueName = valueName;
        this.description = description;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.reader = reader;
        this.allowed = allowed;
        this.requirement = requirement;
        this.key = key;
        this.recorded = recorded;
        if (defaultValue != null) check(defaultValue);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Param<Integer> integer(String name, String valueName, String description, int defaultValue, int min, int max) {
        String requirement = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
        return new Param<>(name, valueName, description, defaultValue, "a whole number", text -> Integer.parseInt(text.trim()),
                v -> v >= min && v <= max, requirement, null, v -> v);
    }

    /** Any whole number (a long). */
    public static Param<Long> wholeNumber(String name, String valueName, String description, long defaultValue) {
        return new Param<>(name, valueName, description, defaultValue, "a whole number", text -> Long.parseLong(text.trim()),
                v -> true, null, null, v -> v);
    }

    /** A number that satisfies {@code allowed}, which {@code requirement} says in words ("positive", "from 0 to 1"). */
    public static Param<Double> number(String name, String valueName, String description, double defaultValue,
                                       Predicate<Double> allowed, String requirement) {
        // + 0.0 makes -0 the same as 0
        return new Param<>(name, valueName, description, defaultValue, "a number", text -> Double.parseDouble(text.trim()) + 0.0,
                v -> !v.isNaN() && !v.isInfinite() && allowed.test(v), requirement, null, v -> v);
    }

    /** {@code true} or {@code false}, in any case. */
    public static Param<Boolean> bool(String name, String description, boolean defaultValue) {
        return new Param<>(name, "BOOL", description, defaultValue, "true or false", Param::readBool, v -> true, null, null, v -> v);
    }

    /** The same parameter, recorded in a model's settings under {@code key}, as {@code recorded} renders its value. */
    public Param<T> recordedAs(String key, Function<T, Object> recorded) {
        return new Param<>(name, valueName, description, defaultValue, kind, reader, allowed, requirement, key, recorded);
    }

    /** The same parameter, recorded in a model's settings under {@code key} as it is. */
    public Param<T> recordedAs(String key) {
        return recordedAs(key, v -> v);
    }

    public String name() { return name; }
    public String valueName() { return valueName; }
    public T defaultValue() { return defaultValue; }
    /** The setting's name in a model's settings; null when a model does not record it. */
    public String key() { return key; }

    /** The help line: the description and, when not every value is allowed, which are. */
    public String help() {
        return requirement == null ? description : description + "; " + requirement;
    }

    /** The value given as text, read and checked. */
    public T read(String text) {
        T value;
        try {
            value = reader.apply(Objects.requireNonNull(text, "no value"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + name + " takes " + kind + ", got '" + text + "'");
        }
        return check(value);
    }

    /** The value if this parameter allows it; otherwise an error that says what it allows. */
    public T check(T value) {
        if (value == null || !allowed.test(value)) {
            throw new IllegalArgumentException("--" + name + " must be " + requirement + ", got " + value);
        }
        return value;
    }

    public boolean isDefault(T value) {
        return Objects.equals(value, defaultValue);
    }

    /** Records the value in a model's settings, under this parameter's key. */
    public void record(Map<String, Object> settings, T value) {
        if (key == null) throw new IllegalStateException("--" + name + " is not recorded in a model's settings");
        settings.put(key, recorded.apply(value));
    }

    private static Boolean readBool(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) throw new IllegalArgumentException(text);
        return v.equals("true");
    }

    @Override
    public String toString() {
        return "--" + name;
    }
}
