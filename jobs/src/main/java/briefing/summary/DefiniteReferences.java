package briefing.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Which earlier sentence an opening definite noun phrase refers back to: "The leaders directed ...", "The proposal
 * would ...", "The meeting was ..." name something an earlier sentence introduced, and without that sentence a reader
 * does not know which leaders or what proposal. A noun the title or no earlier sentence uses is not a reference.
 */
final class DefiniteReferences {
    /** Words between "the" and its noun that say nothing about which one: "The new proposal", "The two leaders". */
    private static final Set<String> MODIFIERS = Set.of(
            "new", "latest", "former", "same", "two", "three", "four", "other", "first", "second", "proposed", "recent",
            "current", "final", "original", "previous", "initial", "planned", "whole", "entire");
    private static final int MIN_NOUN_LETTERS = 4;

    private DefiniteReferences() {
    }

    /**
     * For each sentence, the earlier sentence that first uses the noun of its opening "The ...", or -1.
     *
     * @param texts  the sentences as written (a capitalised noun is a name: "The Senate" needs no introduction)
     * @param lowers the same, lower-cased in {@link Locale#ROOT}; an empty string for a sentence that is not prose
     */
    static int[] antecedents(String title, String[] texts, String[] lowers) {
        String lowerTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
        int[] antecedents = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            antecedents[i] = -1;
            String stem = openingNounStem(texts[i], lowers[i]);
            if (stem == null) stem = speakerNounStem(texts[i]);
            if (stem == null || usesWord(lowerTitle, stem)) continue;
            for (int j = 0; j < i; j++) {
                if (usesWord(lowers[j], stem)) {
                    antecedents[i] = j;
                    break;
                }
            }
        }
        return antecedents;
    }

    /** The opening "The (modifier) noun"'s noun without a plural s, when it is written in lower case; else null. */
    static String openingNounStem(String text, String lower) {
        int at = 0;
        while (at < lower.length() && !Character.isLetter(lower.charAt(at))) at++;
        if (!lower.startsWith("the ", at) || lower.length() != text.length()) return null;
        at += 4;
        int end = wordEnd(lower, at);
        if (MODIFIERS.contains(lower.substring(at, end))) {
            at = end + 1;
            end = wordEnd(lower, at);
        }
        if (end - at < MIN_NOUN_LETTERS || at >= text.length() || !Character.isLowerCase(text.charAt(at))) return null;
        String noun = lower.substring(at, end);
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static final java.util.regex.Pattern THE_SPEAKER = java.util.regex.Pattern.compile(
            "\\bthe ([a-z]{4,}) (?:said|says|told|added|wrote|noted)\\b");

    /** "..., the official said": the noun of a definite speaker anywhere in the sentence, without a plural s; else null. */
    static String speakerNounStem(String text) {
        if (!SpeechVerbs.MARKS.foundIn(text)) return null;
        java.util.regex.Matcher m = THE_SPEAKER.matcher(text);
        if (!m.find()) return null;
        String noun = m.group(1);
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static int wordEnd(String lower, int from) {
        int end = from;
        while (end < lower.length() && lower.charAt(end) >= 'a' && lower.charAt(end) <= 'z') end++;
        return end;
    }

    /** Whether a word of {@code lower} starts with {@code stem} ("leader" in "the leaders", "leadership"). */
    private static boolean usesWord(String lower, String stem) {
        for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) return true;
        }
        return false;
    }
}
