package briefing.text;

import java.util.Set;

/**
 * Decides whether a period that ends a word ends the sentence, given the word and the word after it.
 * Only asked once the next word starts with something other than a lower-case letter.
 */
final class Abbreviations {
    /** Titles always stand before a name, so their period never ends a sentence. */
    private static final Set<String> TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Gen", "Sen", "Gov", "Rep", "Rev", "Hon", "Pres",
            "Lt", "Col", "Capt", "Cmdr", "Adm", "Maj", "Brig", "Sgt", "Cpl", "Pvt", "Supt", "Insp", "Det", "Fr",
            "Amb", "Atty", "Gov't", "Sens", "Reps", "Govs", "Gens", "Drs", "Profs");

    /** Abbreviations that stand before a number (Jan. 11, No. 10): a period before a digit is not an end. */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "No", "Nos", "Vol", "Fig", "Figs", "Art", "Ch", "Sec", "Op", "pp", "p", "Para", "Ref", "Tel", "Ext",
            "approx", "est", "ca", "c");

    /**
     * Abbreviations that can also close a sentence (Acme Inc. The ...): they end one only when a typical
     * sentence opener follows.
     */
    private static final Set<String> CAN_END_SENTENCE = Set.of(
            "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Llc", "Jr", "Sr", "St", "Mt", "Ft", "Ave", "Blvd", "Rd",
            "Dept", "Univ", "Assn", "Intl", "Govt",
            "etc", "vs", "v", "cf", "al", "incl", "esp", "viz", "resp");

    /**
     * Words that commonly open a news sentence; used to tell "the U.S. The ..." from "the U.S. Navy". "And" and
     * "Or" are left out: old wire copy capitalises the word after U.S. ("the U.S. And Europe").
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "I", "We", "They", "You", "But", "So", "Yet",
            "In", "On", "At", "As", "By", "For", "From", "With", "After", "Before", "During", "Since", "While",
            "When", "If", "Although", "Though", "Because", "However", "Meanwhile", "Still", "Also", "Then",
            "This", "That", "These", "Those", "There", "Here", "Its", "His", "Her", "Their", "Our", "My", "Your",
            "Mr", "Mrs", "Ms", "Dr", "Some", "Many", "Most", "Several", "Both", "Each", "All", "One", "Last",
            "Earlier", "Later", "Today", "Yesterday", "What", "Why", "How", "Who", "Where", "Such", "Other",
            "Another", "According", "Despite", "Under", "Now");

    private Abbreviations() {
    }

    /**
     * @param word      the word before the period, without the period and without opening quotes
     * @param text      the text being split
     * @param nextStart where the word after the period starts in {@code text} (after opening quotes or brackets)
     */
    static boolean periodEndsSentence(String word, CharSequence text, int nextStart) {
        if (word.isEmpty()) {
            return true;
        }
        int joined = Math.max(word.lastIndexOf('/'), word.lastIndexOf('-'));
        if (joined >= 0 && joined < word.length() - 1) {
            // "Canada/U.S." and "mid-Jan." end like their last part.
            return periodEndsSentence(word.substring(joined + 1), text, nextStart);
        }
        if (TITLES.contains(word)) {
            return false;
        }
        String key = canonical(word);
        boolean digitFollows = nextStart < text.length() && Character.isDigit(text.charAt(nextStart));
        if (BEFORE_NUMBERS.contains(key)) {
            return !digitFollows;
        }
        if (CAN_END_SENTENCE.contains(key) || isSingleLetter(word) || isDottedAbbreviation(word)) {
            return startsWithOpener(text, nextStart);
        }
        return true;
    }

    /**
     * "INC" and "NO" in upper-case text are looked up as "Inc" and "No". Titles are matched as written: "MS." is
     * multiple sclerosis more often than a title.
     */
    private static String canonical(String word) {
        if (word.length() > 1 && isAllUpperCase(word)) {
            return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return word;
    }

    private static boolean isAllUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingleLetter(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    /** U.S, a.m, Ph.D, e.g: dot-separated pieces of one or two letters (not www.bbc.co.uk). */
    static boolean isDottedAbbreviation(String word) {
        int pieceLength = 0;
        boolean sawDot = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                if (pieceLength == 0) {
                    return false;
                }
                sawDot = true;
                pieceLength = 0;
            } else if (Character.isLetter(c) && pieceLength < 2) {
                pieceLength++;
            } else {
                return false;
            }
        }
        return sawDot && pieceLength > 0;
    }

    private static boolean startsWithOpener(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            return false;
        }
        // "A." or "I." after an initial is another initial (H. A. Smith), not an opener.
        if (end < text.length() && text.charAt(end) == '.') {
            return false;
        }
        return SENTENCE_OPENERS.contains(text.subSequence(start, end).toString());
    }
}
