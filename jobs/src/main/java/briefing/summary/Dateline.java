package briefing.summary;

import briefing.text.Sentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire's dateline before the first sentence ("WASHINGTON (Reuters) - ", "SEOUL — ", "(CNN) ", "Kampala, Uganda
 * — ", "(Beirut) – ", "(Tunis, December 28, 2019) – ", a press wire's "CITY, April 4, 2022 /PRNewswire/ -- "), taken
 * off it: readers counted it as page debris in a summary. (Where the dateline is the only place the summary names,
 * some readers missed it: round 14; the rounds against the previous summariser preferred it off, 15 to 0.)
 */
final class Dateline {
    /** Whatever is left must still be a sentence: a dateline taken off a short line would leave a fragment. */
    private static final int MIN_REST = 40;
    private static final String DASH = "(?:[—–:]|-{1,2})";
    private static final String AGENCY = "\\((?:Reuters|\\p{Lu}{2,}(?: \\p{Lu}\\p{L}+)?)\\)";
    private static final String WORD = "\\p{Lu}[\\p{L}.'’]*";
    private static final Pattern DATELINE = Pattern.compile("(?:"
            // (CNN) / (Reuters) -
            + AGENCY + "\\s*" + DASH + "?"
            // WASHINGTON (Reuters) - / Al ASAD AIR BASE, Iraq (Reuters) - / Washington (CNN)
            + "|" + WORD + "(?:,? " + WORD + "){0,5}\\s+" + AGENCY + "\\s*" + DASH + "?"
            // WASHINGTON — / MANILA, Philippines — / DOUGLAS, Ariz. — / BEIJING:
            + "|\\p{Lu}{2,}(?:[ .'’]*\\p{Lu}{2,})*(?:, " + WORD + "(?: " + WORD + ")?)?\\s*" + DASH
            // Kampala, Uganda —
            + "|" + WORD + ", " + WORD + "(?: " + WORD + ")? [—–]"
            // (Beirut) –
            + "|\\(" + WORD + "(?: " + WORD + ")?\\)\\s*" + DASH
            // BRUSSELS, BELGIUM, April 4, 2022 /EINPresswire.com/ --
            + "|" + WORD + "(?:,? " + WORD + ")*, " + WORD + " \\d{1,2}, \\d{4} /[^/ ]+/\\s*" + DASH
            // (Tunis, December 28, 2019) –
            + "|\\(" + WORD + "(?: " + WORD + ")*, " + WORD + " \\d{1,2}, \\d{4}\\)\\s*" + DASH
            + ")\\s+");

    private Dateline() {
    }

    static Sentence without(Sentence sentence) {
        String text = sentence.text();
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt() || text.length() - m.end() < MIN_REST || !Character.isUpperCase(text.codePointAt(m.end()))
                && text.charAt(m.end()) != '“' && text.charAt(m.end()) != '"') {
            return sentence;
        }
        return new Sentence(sentence.position(), text.substring(m.end()));
    }
}
