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

    private Dateline() {
    }

    /**
     * Where the story starts: the first of the article's first sentences that opens with a wire's dateline (an agency,
     * "MINNEAPOLIS (AP) —", or a place and its state or country, "KANSAS CITY, Mo. —"), when a line the filter drops
     * stands above it; else 0. A page puts photo captions, their credits, a byline or the headline above the wire's
     * story ("People gather outside ..., Wednesday, May 27, 2020, ..." then "(Photo/AP)" then "MINNEAPOLIS (AP) — The
     * mayor ..."): in 350 of the 1,101 articles of ../shared whose first paragraphs hold a wire's dateline, it is not
     * the first, and what stands above it is that. A label in capitals ("UPDATE —", "THE LATEST —") is no dateline
     * here, and prose that quotes a wire's story further down keeps its own lede.
     */
    static int storyStart(java.util.List<Sentence> inOrder) {
        int n = Math.min(inOrder.size(), MAX_ABOVE_STORY + 1);
        for (int i = 0; i < n; i++) {
            if (!opensWithWireDateline(inOrder.get(i).text())) continue;
            for (int above = 0; above < i; above++) {
                if (SentenceFilter.isFurniture(inOrder.get(above).text())) return i;
            }
            return 0;
        }
        return 0;
    }

    private static boolean opensWithWireDateline(String text) {
        int length = datelineLength(text);
        if (length < 0) return false;
        String dateline = text.substring(0, length);
        return dateline.indexOf('(') >= 0 || dateline.indexOf(',') >= 0;
    }

    static Sentence without(Sentence sentence) {
        int length = datelineLength(sentence.text());
        return length < 0 ? sentence : new Sentence(sentence.position(), sentence.text().substring(length));
    }

    /** The length of the dateline or label that opens the sentence, or -1 when none may come off it. */
    private static int datelineLength(String text) {
        Matcher m = DATELINE.matcher(text);
        // A label the filter drops ("FILE - ...") stays as it is: taking it off would make the rest the lede.
        if (!m.lookingAt() || text.length() - m.end() < MIN_REST || !startsSentence(text, m.end()) || SentenceFilter.isFurniture(text)) {
            return -1;
        }
        return m.end();
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘';
    }
}
