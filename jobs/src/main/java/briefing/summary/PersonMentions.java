package briefing.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sentence introduces the people a sentence names by surname alone. News names a person in full once ("Rep.
 * Anna Katz of Ohio") and by surname after ("Katz said ..."); a summary that takes the second sentence without the
 * first leaves the reader asking who Katz is. An abbreviated title with its period, American style ("Mr. Durham",
 * "Sen. Katz"), is not a first name: when the article gave the full name before, the titled surname needs that
 * sentence too (readers did not count the title as an introduction); when it never does, the titled surname stands.
 * British style without the period ("Mr Blair") still reads as named: on the BBC set, counting it as a bare surname
 * cost 0.6 ROUGE-2 at the reference length. A surname also counts as introduced when
 * the article itself uses it bare before it ever gives the full name (a name the writer takes as known, "Trump").
 * Also: a sentence that says "he" or "she" and names nobody needs the sentence before it.
 */
final class PersonMentions {
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\b(he|she|He|She)\\b");
    private static final int MAX_WORDS_BEFORE_SUBJECT = 6;
    /** Words that open a noun phrase: a subject the pronoun may refer to ("The minister said he ..."). */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of(
            "the", "a", "an", "his", "her", "their", "its", "this", "that", "who", "whom", "which", "one", "each");

    /** Titles: "Sen. Katz", "Mr Blair" say who the person is (BBC style names people so after the first mention). */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev",
            "president", "senator", "representative", "governor", "judge", "justice", "minister", "secretary",
            "chairman", "chairwoman", "chair", "speaker", "leader", "mayor", "officer", "detective", "chief",
            "director", "ambassador", "general", "attorney", "coach", "professor", "sir", "lord", "lady", "king",
            "queen", "prince", "princess", "pope");

    /** Capitalised words that open a run without being a first name or a title: "The Katz plan", "In Katz's view". */
    private static final Set<String> NOT_FIRST_NAMES = Set.of(
            "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "by", "from", "to", "with", "as", "after",
            "before", "when", "while", "if", "said", "says", "told", "according", "under", "former", "then",
            "democrat", "republican", "democrats", "republicans", "gop", "u.s", "us", "new", "north", "south", "east",
            "west", "saint", "st", "prime", "father", "sister", "brother");

    /** Institutions and places that end capitalised runs like surnames ("the White House", "the House"). */
    private static final Set<String> NOT_SURNAMES = Set.of(
            "house", "senate", "congress", "court", "department", "state", "states", "city", "county", "party",
            "post", "times", "news", "street", "university", "college", "council", "committee", "office", "police",
            "army", "force", "ministry", "agency", "bank", "group", "union", "nations", "republic", "kingdom",
            "government", "administration", "campaign", "foundation", "institute", "center", "centre", "school",
            "church", "hospital", "airport", "river", "island", "islands", "sea", "ocean", "coast", "valley", "park",
            "road", "square", "bay", "journal", "network", "media", "press", "service", "services", "company",
            "corporation", "fund", "commission", "assembly", "parliament", "court's", "guard", "security", "affairs",
            "day", "week", "act", "law", "bill", "war", "tower", "building", "hall", "trust", "association", "club",
            "league", "team", "africa", "america", "europe", "asia", "korea", "york", "jersey", "angeles", "francisco");

    private PersonMentions() {
    }

    /** For each sentence, the sentences that introduce the surnames it uses bare (empty when none or unknown). */
    static int[][] introducers(String title, List<String> sentences) {
        int n = sentences.size();
        List<List<Mention>> mentions = new ArrayList<>(n);
        for (String s : sentences) mentions.add(mentions(s));
        Map<String, Integer> firstFull = new HashMap<>();
        Map<String, Integer> firstBare = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Mention m : mentions.get(i)) (m.full ? firstFull : firstBare).putIfAbsent(m.surname, i);
        }
        Set<String> inTitle = new HashSet<>();
        if (title != null) for (Mention m : mentions(title)) inTitle.add(m.surname);
        // Who speaks and which words the article writes in lower case cost a pass over every sentence: only
        // asked for when a bare surname with an earlier full name is found.
        Set<String> commonWords = null;
        Set<String> people = null;
        int[][] introducers = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> needed = new HashSet<>();
            Set<String> namedInFull = new HashSet<>();
            for (Mention m : mentions.get(i)) if (m.full) namedInFull.add(m.surname);
            for (Mention m : mentions.get(i)) {
                Integer full = firstFull.get(m.surname);
                if (m.full || full == null || full >= i || namedInFull.contains(m.surname) || inTitle.contains(m.surname)
                        || firstBare.get(m.surname) < full) continue;
                if (people == null) people = speakers(sentences);
                if (commonWords == null) commonWords = lowerCaseWords(sentences);
                if (!people.contains(m.surname) || commonWords.contains(m.surname)) continue;
                needed.add(full);
            }
            introducers[i] = needed.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return introducers;
    }

    /**
     * Whether the sentence's subject is "he" or "she" and nothing before it names anyone: "In 2019, she moved ...",
     * "Last year he remained in custody" (but not "The minister said he would ...", "Mr Blair said he ...").
     */
    static boolean pronounWithoutPerson(String sentence) {
        int at = subjectPronoun(sentence);
        if (at < 0) return false;
        int count = 0;
        for (int start = wordStart(sentence, 0, at); start >= 0; ) {
            int end = wordEnd(sentence, start, at);
            if (++count > MAX_WORDS_BEFORE_SUBJECT || NOUN_PHRASE_OPENERS.contains(key(sentence.substring(start, end)))
                    || count > 1 && isCapitalised(sentence, start, end)) return false;
            start = wordStart(sentence, end, at);
        }
        return true;
    }

    /**
     * Where the first "he" or "she" (as a word) starts, or -1: the pattern is tried only where one of them starts.
     */
    private static int subjectPronoun(String sentence) {
        Matcher pronoun = SUBJECT_PRONOUN.matcher(sentence);
        return findWhere(pronoun, sentence, 0, at -> sentence.startsWith("he", at) || sentence.startsWith("He", at)
                || sentence.startsWith("she", at) || sentence.startsWith("She", at)) ? pronoun.start() : -1;
    }

    /**
     * {@link Matcher#find()} from {@code from}, the pattern tried only at the positions where it can start: the same
     * matches, without the search's attempt at every position (the costly part). Transparent bounds let a word
     * boundary at the start see the character before.
     */
    private static boolean findWhere(Matcher matcher, String s, int from, java.util.function.IntPredicate mayStart) {
        matcher.useTransparentBounds(true);
        for (int at = from; at < s.length(); at++) {
            if (mayStart.test(at) && matcher.region(at, s.length()).lookingAt()) return true;
        }
        return false;
    }

    /** A capitalised run's last word (the surname), and whether the run gave a first name too. */
    private record Mention(String surname, boolean full) {
    }

    private static List<Mention> mentions(String sentence) {
        List<Mention> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        int n = sentence.length();
        for (int start = wordStart(sentence, 0, n); ; ) {
            boolean found = start >= 0;
            int end = found ? wordEnd(sentence, start, n) : -1;
            // A run of capitalised words ends at a lower-case word, at punctuation between words, or at the end.
            boolean inRun = found && (isCapitalised(sentence, start, end) || isInitial(sentence, start, end));
            if (!inRun || runEnd >= 0 && !isBlank(sentence, runEnd, start)) {
                addRun(run, out);
                run.clear();
            }
            if (!found) break;
            if (inRun) {
                run.add(sentence.substring(start, end));
                runEnd = end;
            } else {
                runEnd = -1;
            }
            start = wordStart(sentence, end, n);
        }
        return out;
    }

    /**
     * Where the next word starts at or after {@code from} (before {@code limit}), or -1. A word is a letter, then
     * letters, apostrophes and hyphens, then perhaps the dot of an initial or a title ("J.", "Sen.").
     */
    private static int wordStart(String s, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isLetter(codePoint(s, i, limit))) return i;
        }
        return -1;
    }

    private static int wordEnd(String s, int start, int limit) {
        int end = start + Character.charCount(codePoint(s, start, limit));
        while (end < limit) {
            int c = codePoint(s, end, limit);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') break;
            end += Character.charCount(c);
        }
        return end < limit && s.charAt(end) == '.' ? end + 1 : end;
    }

    /** The code point at {@code i}, a surrogate pair counting only when both halves lie before {@code limit}. */
    private static int codePoint(String s, int i, int limit) {
        return i + 1 < limit ? s.codePointAt(i) : s.charAt(i);
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) return false;
        }
        return true;
    }

    private static void addRun(List<String> run, List<Mention> out) {
        if (run.isEmpty()) return;
        String last = key(run.get(run.size() - 1));
        if (last.length() < 2 || NOT_SURNAMES.contains(last) || NOT_FIRST_NAMES.contains(last) || TITLES.contains(last)) return;
        boolean full = false;
        for (int k = 0; k < run.size() - 1; k++) {
            String w = key(run.get(k));
            if (!NOT_FIRST_NAMES.contains(w) && !(TITLES.contains(w) && run.get(k).endsWith("."))) full = true;
        }
        out.add(new Mention(last, full));
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        return w;
    }

    /** "J." of "Donald J. Trump": part of a name. */
    private static boolean isInitial(String s, int start, int end) {
        return end - start == 2 && Character.isUpperCase(s.charAt(start)) && s.charAt(start + 1) == '.';
    }

    private static boolean isCapitalised(String s, int start, int end) {
        if (!Character.isUpperCase(s.charAt(start))) return false;
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(s.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Surnames the article shows to be people's: someone who speaks ("Katz said", "Katz, 52, told") or bears a title
     * ("Sen. Katz"). A club, a firm or a place that ends a capitalised run ("Real Madrid", "Deutsche Telekom") is not.
     */
    private static Set<String> speakers(List<String> sentences) {
        Set<String> people = new HashSet<>();
        for (String s : sentences) {
            if (SpeechVerbs.MARKS.foundIn(s)) {
                Matcher m = SPEAKER.matcher(s);
                for (int from = 0; findWhere(m, s, from, at -> Character.isUpperCase(s.codePointAt(at))); from = m.end()) people.add(key(m.group(1)));
            }
            if (mayHoldTitle(s)) {
                Matcher t = TITLED.matcher(s);
                for (int from = 0; findWhere(t, s, from, at -> Character.isUpperCase(s.codePointAt(at))); from = t.end()) if (TITLES.contains(key(t.group(1)))) people.add(key(lastWord(t.group(2))));
            }
        }
        return people;
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’\\-]+?)(?:'s|’s)?(?:, \\d{1,3},)? (?:" + String.join("|", SpeechVerbs.VERBS) + ")\\b");

    /** A capitalised run of letters that is a title: what {@link #TITLED} needs, looked for without its search. */
    private static boolean mayHoldTitle(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (!Character.isUpperCase(sentence.charAt(i))) continue;
            int end = i + 1;
            while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) end++;
            if (end - i >= 2 && TITLES.contains(sentence.substring(i, end).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A title and the name after it, up to its surname: "Sen. Katz", "Sen. Anna Katz", "President Jefferson Davis". */
    private static final Pattern TITLED = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\.? ((?:\\p{Lu}[\\p{L}'’\\-]+ (?:\\p{Lu}\\. )?){0,2}\\p{Lu}[\\p{L}'’\\-]+)");

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Words the article also writes in lower case: common words that opened a sentence, not names. */
    private static Set<String> lowerCaseWords(List<String> sentences) {
        Set<String> words = new HashSet<>();
        for (String s : sentences) {
            for (int start = wordStart(s, 0, s.length()); start >= 0; ) {
                int end = wordEnd(s, start, s.length());
                if (Character.isLowerCase(s.charAt(start))) words.add(key(s.substring(start, end)));
                start = wordStart(s, end, s.length());
            }
        }
        return words;
    }
}
