package briefing.summary;

import briefing.text.Sentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire's dateline before the first sentence ("WASHINGTON (Reuters) - ", "SEOUL — ", "(CNN) ", "(Beirut) – ",
 * "(Tunis, December 28, 2019) – ", a press wire's "CITY, April 4, 2022 /PRNewswire/ -- ") and a story's label
 * ("EXCLUSIVE: "), taken off it: readers counted them as page debris in a summary. (Where the dateline is the only
 * place the summary names, some readers missed it: round 14; the rounds against the previous summariser preferred
 * it off, 24 to 2.)
 */
final class Dateline {
    /** Whatever is left must still be a sentence: a dateline taken off a short line would leave a fragment. */
    private static final int MIN_REST = 40;
    /** Not a colon: "UPDATE:", "CLAIM:", "FBI:" and a transcript's "MULVANEY:" label what follows, they are no place. */
    private static final String DASH = "(?:[—–]|-{1,2})";
    /** The wires and networks that put their name after a place in mixed case ("Washington (CNN)"). */
    private static final String KNOWN_AGENCY = "\\((?:Reuters|Reuters Health|AP|AFP|CNN|CNN Business|UPI|Xinhua|RNS|Bloomberg|IANS|PTI|ANI|dpa|EFE)\\)";
    /** Any agency in capitals: after a place in capitals it is a wire ("LAS VEGAS (INTELLIHUB)"), not an acronym. */
    private static final String AGENCY = "\\(\\p{Lu}{2,}(?: \\p{Lu}\\p{L}+)?\\)";
    private static final String WORD = "\\p{Lu}[\\p{L}.'’]*";
    private static final String PLACE_IN_CAPITALS = "\\p{Lu}{2,}(?:[ .'’]*\\p{Lu}{2,})*(?:, " + WORD + "(?: " + WORD + ")?)?";
    private static final Pattern DATELINE = Pattern.compile("(?:"
            // (CNN) / (Reuters) -
            + KNOWN_AGENCY + "\\s*" + DASH + "?"
            // Washington (CNN) / Al ASAD AIR BASE, Iraq (Reuters) -
            + "|" + WORD + "(?:,? " + WORD + "){0,5}\\s+" + KNOWN_AGENCY + "\\s*" + DASH + "?"
            // WASHINGTON (Reuters) - / LAS VEGAS (INTELLIHUB) —
            + "|" + PLACE_IN_CAPITALS + "\\s+" + AGENCY + "\\s*" + DASH + "?"
            // WASHINGTON — / MANILA, Philippines — / DOUGLAS, Ariz. —
            + "|" + PLACE_IN_CAPITALS + "\\s*" + DASH
            // (Beirut) –
            + "|\\(" + WORD + "(?: " + WORD + ")?\\)\\s*" + DASH
            // BRUSSELS, BELGIUM, April 4, 2022 /EINPresswire.com/ --
            + "|" + WORD + "(?:,? " + WORD + ")*, " + SentenceFilter.FULL_DATE + " /[^/ ]+/\\s*" + DASH
            // EXCLUSIVE: / ANALYSIS — : the kind of story, not a place, and none of the labels the filter drops
            + "|(?:EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|EDITORIAL)(?::|\\s*" + DASH + ")"
            // (Tunis, December 28, 2019) –
            + "|\\(" + WORD + "(?: " + WORD + ")*, " + SentenceFilter.FULL_DATE + "\\)\\s*" + DASH
            + ")\\s+");

    /** How many sentences a page may put above the story's dateline: captions, their credits, a byline, the headline. */
    private static final int MAX_ABOVE_STORY = 12;
    private static final Pattern STORY_LABEL = Pattern.compile("EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|EDITORIAL");

    private Dateline() {
    }

    /**
     * Where the story starts: the first of the article's first sentences after the first that opens with a place's
     * dateline, or 0 when none does. A page puts photo captions, their credits, a byline or the headline above the
     * wire's story ("People gather outside ..., Wednesday, May 27, 2020, ... (Photo/AP)" then "MINNEAPOLIS (AP) — The
     * mayor ..."): in 350 of the 1,101 articles of ../shared whose first paragraphs hold a wire's dateline, it is not
     * the first, and what stands above it is that.
     */
    static int storyStart(java.util.List<Sentence> inOrder) {
        for (int i = 1; i < Math.min(inOrder.size(), MAX_ABOVE_STORY + 1); i++) {
            Sentence sentence = inOrder.get(i);
            if (without(sentence) != sentence && !STORY_LABEL.matcher(sentence.text()).lookingAt()) return i;
        }
        return 0;
    }

    static Sentence without(Sentence sentence) {
        String text = sentence.text();
        Matcher m = DATELINE.matcher(text);
        // A label the filter drops ("FILE - ...") stays as it is: taking it off would make the rest the lede.
        if (!m.lookingAt() || text.length() - m.end() < MIN_REST || !startsSentence(text, m.end()) || SentenceFilter.isFurniture(text)) {
            return sentence;
        }
        return new Sentence(sentence.position(), text.substring(m.end()));
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘';
    }
}
