package briefing.training;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words written into a POSIX shell command (the model card's rebuild command), quoted only when they need it. */
final class ShellWords {
    /** Characters no POSIX shell treats specially in an argument (the set Python's shlex.quote leaves alone). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {}

    /** The word as it is when every character is safe, else in single quotes, a single quote inside written as '\''. */
    static String quote(String word) {
        if (SAFE.matcher(word).matches()) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static String join(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }
}
