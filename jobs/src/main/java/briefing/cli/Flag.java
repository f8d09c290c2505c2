package briefing.cli;

import briefing.param.Param;

/**
 * A command's flag.
 *
 * @param value  what the value is called in help, e.g. {@code PATH}; null for a switch that takes no value
 * @param defaultValue  shown in help and used when the flag is absent; null when there is none
 * @param repeatable  may be given more than once
 */
public record Flag(String name, String value, String help, boolean required, String defaultValue, boolean repeatable) {
    public static Flag required(String name, String value, String help) {
        return new Flag(name, value, help, true, null, false);
    }

    public static Flag optional(String name, String value, String help, String defaultValue) {
        return new Flag(name, value, help, false, defaultValue, false);
    }

    /** The flag of a declared parameter: its name, help and default come from the declaration. */
    public static Flag of(Param<?> param) {
        return new Flag(param.name(), param.valueName(), param.help(), false,
                param.defaultValue() == null ? null : String.valueOf(param.defaultValue()), false);
    }

    /** A flag that may be given any number of times, e.g. {@code --conf k=v --conf k2=v2}. */
    public static Flag repeatable(String name, String value, String help) {
        return new Flag(name, value, help, false, null, true);
    }
}
