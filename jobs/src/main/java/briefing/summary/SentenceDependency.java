package briefing.summary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence only makes sense after the one before it: it opens with a word that refers back ("He", "This",
 * "The statement", "But"), attributes a quote to a pronoun ("..., he said."), or is the second half of a quote
 * (it closes a quote it never opened). Such a sentence may be chosen only right after the sentence it follows.
 */
public final class SentenceDependency {
    /** Openers that refer to something said before. */
    private static final Set<String> REFERRING_OPENERS = Set.of(
            "he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "this", "that", "these", "those",
            "such", "but", "and", "also", "however", "still", "yet", "meanwhile", "instead", "moreover", "furthermore",
            "nevertheless", "nonetheless", "besides", "then", "thus", "hence", "therefore", "otherwise", "likewise",
            "similarly", "again", "so", "or", "nor", "both", "another", "others", "there", "here", "afterward",
            "afterwards", "later", "earlier", "previously", "additionally", "indeed", "too", "even", "separately",
            "first", "second", "third", "finally", "lastly", "specifically", "accordingly", "consequently",
            "regardless", "alternatively", "rather", "among", "fourth", "fifth", "thereafter");

    /** Openers of more than one word that carry an argument on: "For example", "As a result", "In addition". */
    private static final List<String> REFERRING_PHRASES = List.of(
            "for example", "for instance", "in addition", "as a result", "in fact", "at the same time",
            "on the other hand", "in contrast", "by contrast", "in turn", "in other words", "in that case",
            "even so", "in that sense", "in this sense", "in this case", "in both cases", "not only that",
            "on top of that", "to be sure", "that said", "in response", "of those",
            "of them", "one of them", "most of them", "some of them", "all of them", "many of them", "in short",
            // a time counted from an event told before
            "a day later", "a week later", "a month later", "a year later", "hours later", "days later",
            "weeks later", "months later", "years later", "moments later", "minutes later", "shortly after that",
            "soon after,", "the next day,", "the following day,", "the day before,");

    /**
     * "Since that tweet", "During that time", "After that,": "that" after a preposition points at what was told before
     * ("During this ..." is already an early reference).
     */
    private static final Set<String> PREPOSITIONS_BEFORE_THAT = Set.of(
            "during", "after", "following", "despite", "since", "amid", "under", "through", "beyond");

    /** "This week", "That day": a demonstrative with a time word points at the calendar, not at a sentence before. */
    private static final Set<String> TIME_WORDS = Set.of(
            "week", "weekend", "year", "month", "morning", "afternoon", "evening", "night", "summer", "spring",
            "fall", "autumn", "winter", "season", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "day", "decade", "century", "past", "coming");

    /** "The statement said", "The move": a definite noun that names what an earlier sentence introduced. */
    private static final Set<String> REFERRING_NOUNS = Set.of(
            "statement", "letter", "report", "move", "decision", "announcement", "comments", "comment", "remarks",
            "remark", "measure", "bill", "order", "ruling", "deal", "agreement", "plan", "proposal", "document",
            "email", "memo", "tweet", "post", "video", "interview", "incident", "attack", "case", "group",
            "company", "official", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "study",
            "survey", "poll", "findings", "latest", "same", "two", "three", "former", "latter", "pair", "couple",
            "man", "woman", "suspect", "victim");

    /** "..., he said." / "... ” she added": a quote attributed to someone the sentence does not name. */
    private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile(
            "[,”\"] (he|she|they|it) (said|says|added|adds|noted|notes|told|wrote|writes|continued|explained|argued"
            + "|insisted|warned|stressed|acknowledged|asked|tweeted|states|stated|reads|concludes|concluded)\\b"
            + "|\\bthe (statement|letter|report|release) (said|says|added|read|noted)\\b");

    /** Every alternative of {@link #PRONOUN_ATTRIBUTION} holds one of these; most sentences hold none, and its search is costly. */
    private static final Marks ATTRIBUTION_MARKS = new Marks(List.of(
            " he ", " she ", " they ", " it ", "the statement ", "the letter ", "the report ", "the release "));
    /** A speaker's own voice in a quote: "I", "we", "you", "our". */
    private static final Marks PERSONAL_MARKS = new Marks(List.of(
            "\"i ", "“i ", " i ", " i'", " i’", "\"we ", "“we ", " we ", "\"you ", "“you ", " you ", " our ", " my ", " us ", " me "));

    /** How many opening words {@link #refersBackEarly} reads: an opening phrase, not the sentence's own clause. */
    private static final int EARLY_WORDS = 4;
    /** Words that point back when they come early: "Even there", "In its report", "Despite their efforts". */
    private static final Set<String> EARLY_REFERENCES = Set.of("its", "their", "there", "his", "her");
    /** Prepositions and adverbs that open a sentence without naming anything ("Even", "In", "Despite"). */
    private static final Set<String> OPENING_PHRASE_WORDS = Set.of(
            "in", "on", "at", "for", "with", "without", "despite", "under", "even", "from", "by", "after", "before", "to",
            "of", "and", "but", "not", "also", "only", "since", "during", "through", "within", "among", "against",
            "about", "over", "unlike", "like", "as", "because", "given", "beyond", "amid", "following");

    /** The longest label before a colon ("One caveat: He said") skipped to reach the sentence's own first word. */
    private static final int MAX_LABEL = 20;

    private SentenceDependency() {
    }

    /** Whether {@code sentence} needs the sentence before it to be understood. */
    public static boolean needsPrevious(String sentence) {
        return needsPrevious(sentence, null);
    }

    /** The same, given the sentence lower-cased in {@link Locale#ROOT} already (or null). */
    static boolean needsPrevious(String sentence, String lowerSentence) {
        String text = sentence.strip();
        if (text.isEmpty()) {
            return false;
        }
        String lower = text == sentence && lowerSentence != null ? lowerSentence : text.toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) start++;
        if (start < text.length() && Character.isLowerCase(text.charAt(start))) {
            return true;
        }
        // "The Act requires ...": a law the article named in full before ("the act of ..." is no reference).
        return opensWithReference(lower, start) || text.startsWith("The Act ", start) || refersBackEarly(lower, start)
                || attributesToPronoun(lower) || closesUnopenedQuote(text) || isUnattributedQuote(text, lower);
    }

    /**
     * A sentence that is a quote in someone's own voice with no speaker in it ("“You are not welcome here until
     * ...”"): the sentence before says who speaks (a quote over several sentences names its speaker once).
     */
    private static boolean isUnattributedQuote(String text, String lower) {
        return (text.charAt(0) == '"' || text.charAt(0) == '“') && PERSONAL_MARKS.foundIn(lower) && !SpeechVerbs.MARKS.foundIn(lower);
    }

    /**
     * A demonstrative or a possessive among the first words, before the sentence has named anything of its own:
     * "Not satisfied with that, ...", "Even there ...", "In its report ...", "Under this narrative ...". ("This week"
     * and other times are the calendar, not a sentence before.)
     */
    private static boolean refersBackEarly(String lower, int start) {
        int at = start;
        boolean onlyPhraseWords = true;
        for (int word = 0; word < EARLY_WORDS && at < lower.length(); word++) {
            int end = lettersEnd(lower, at);
            String w = lower.substring(at, end);
            int next = end;
            while (next < lower.length() && lower.charAt(next) == ' ') next++;
            String following = lower.substring(next, lettersEnd(lower, next));
            boolean demonstrative = (w.equals("this") || w.equals("these") || w.equals("those")) && !TIME_WORDS.contains(following);
            boolean pointingThat = w.equals("that") && end < lower.length() && ",.'’".indexOf(lower.charAt(end)) >= 0;
            if (word > 0 && pointingThat) return true;
            // After a noun or a verb the possessive or demonstrative may point inside the sentence ("Police said their ...").
            if (word > 0 && onlyPhraseWords && (demonstrative || EARLY_REFERENCES.contains(w))) return true;
            onlyPhraseWords &= OPENING_PHRASE_WORDS.contains(w);
            at = end;
            while (at < lower.length() && !isAsciiLetter(lower.charAt(at))) {
                if (lower.charAt(at) == ',' || lower.charAt(at) == ':') return false; // the opening phrase ended
                at++;
            }
        }
        return false;
    }

    private static boolean opensWithReference(String lower, int start) {
        for (String phrase : REFERRING_PHRASES) {
            int end = start + phrase.length();
            if (lower.startsWith(phrase, start) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) return true;
        }
        // "She'll", "It's": the pronoun before its clitic. "One caveat: He said": the word after a short label (but
        // "The statement reads: ..." is itself the reference). Words are runs of a-z; an opening digit makes the
        // first word empty.
        int from = lower.startsWith("the ", start) ? start : start + labelLength(lower, start);
        int firstEnd = lettersEnd(lower, from);
        int next = firstEnd;
        while (next < lower.length() && !isAsciiLetter(lower.charAt(next))) next++;
        String first = lower.substring(from, firstEnd);
        String second = lower.substring(next, lettersEnd(lower, next));
        if (REFERRING_OPENERS.contains(first)) {
            return !(isDemonstrative(first) && TIME_WORDS.contains(second));
        }
        if (PREPOSITIONS_BEFORE_THAT.contains(first) && second.equals("that")) return true;
        return first.equals("the") && REFERRING_NOUNS.contains(second);
    }

    private static boolean isDemonstrative(String word) {
        return word.equals("this") || word.equals("that") || word.equals("these") || word.equals("those");
    }

    /** The length of a short label and its colon at {@code start} ("one caveat: "), or 0. */
    private static int labelLength(String lower, int start) {
        int end = start;
        while (end < lower.length() && end - start <= MAX_LABEL && (isAsciiLetter(lower.charAt(end)) || lower.charAt(end) == ' ')) end++;
        int length = end - start;
        return length >= 1 && length <= MAX_LABEL && lower.startsWith(": ", end) ? length + 2 : 0;
    }

    private static int lettersEnd(String lower, int from) {
        int end = from;
        while (end < lower.length() && isAsciiLetter(lower.charAt(end))) end++;
        return end;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean attributesToPronoun(String lower) {
        return ATTRIBUTION_MARKS.foundIn(lower) && PRONOUN_ATTRIBUTION.matcher(lower).find();
    }

    /**
     * The second half of a quote: a closing quote mark comes before any opening one ({@code I know what I'm doing,"
     * Feinstein says.}). Straight double quotes alternate, so the first one closes when the text before it ends a
     * word or a clause rather than opening one.
     */
    private static boolean closesUnopenedQuote(String text) {
        int curlyOpen = text.indexOf('“');
        int curlyClose = text.indexOf('”');
        if (curlyClose >= 0 && (curlyOpen < 0 || curlyClose < curlyOpen)) {
            return true;
        }
        int straight = text.indexOf('"');
        if (straight > 0 && curlyOpen < 0 && curlyClose < 0) {
            char before = text.charAt(straight - 1);
            boolean closes = before == ',' || before == '.' || before == '?' || before == '!';
            return closes;
        }
        return false;
    }
}
