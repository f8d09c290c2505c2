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
    /** A word: letters, with inner apostrophes, hyphens and dots of initials. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*\\.?");
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
        Set<String> commonWords = lowerCaseWords(sentences);
        Set<String> people = speakers(sentences);
        int[][] introducers = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> needed = new HashSet<>();
            Set<String> namedInFull = new HashSet<>();
            for (Mention m : mentions.get(i)) if (m.full) namedInFull.add(m.surname);
            for (Mention m : mentions.get(i)) {
                Integer full = firstFull.get(m.surname);
                if (m.full || full == null || full >= i || !people.contains(m.surname) || namedInFull.contains(m.surname) || inTitle.contains(m.surname)
                        || commonWords.contains(m.surname) || firstBare.get(m.surname) < full) continue;
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
        Matcher pronoun = SUBJECT_PRONOUN.matcher(sentence);
        if (!pronoun.find()) return false;
        String before = sentence.substring(0, pronoun.start());
        Matcher word = WORD.matcher(before);
        int count = 0;
        while (word.find()) {
            String w = key(word.group());
            if (++count > MAX_WORDS_BEFORE_SUBJECT || NOUN_PHRASE_OPENERS.contains(w) || count > 1 && isCapitalised(word.group())) return false;
        }
        return true;
    }

    /** A capitalised run's last word (the surname), and whether the run gave a first name too. */
    private record Mention(String surname, boolean full) {
    }

    private static List<Mention> mentions(String sentence) {
        List<Mention> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        while (true) {
            boolean found = m.find();
            // A run of capitalised words ends at a lower-case word, at punctuation between words, or at the end.
            boolean inRun = found && (isCapitalised(m.group()) || isInitial(m.group()));
            if (!inRun || runEnd >= 0 && !sentence.substring(runEnd, m.start()).isBlank()) {
                addRun(run, out);
                run.clear();
            }
            if (!found) break;
            if (inRun) {
                run.add(m.group());
                runEnd = m.end();
            } else {
                runEnd = -1;
            }
        }
        return out;
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
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.length() > 1 && word.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * Surnames the article shows to be people's: someone who speaks ("Katz said", "Katz, 52, told") or bears a title
     * ("Sen. Katz"). A club, a firm or a place that ends a capitalised run ("Real Madrid", "Deutsche Telekom") is not.
     */
    private static Set<String> speakers(List<String> sentences) {
        Set<String> people = new HashSet<>();
        for (String s : sentences) {
            Matcher m = SPEAKER.matcher(s);
            while (m.find()) people.add(key(m.group(1)));
            Matcher t = TITLED.matcher(s);
            while (t.find()) if (TITLES.contains(key(t.group(1)))) people.add(key(t.group(2)));
        }
        return people;
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’\\-]+?)(?:'s|’s)?(?:, \\d{1,3},)? (?:said|says|told|added|adds|wrote|writes|argued|argues|noted|"
            + "explained|tweeted|insisted|warned|stressed|asked|replied|answered|claimed|claims|admitted|denied|testified)\\b");
    private static final Pattern TITLED = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\.? (\\p{Lu}[\\p{L}'’\\-]+)");

    /** Words the article also writes in lower case: common words that opened a sentence, not names. */
    private static Set<String> lowerCaseWords(List<String> sentences) {
        Set<String> words = new HashSet<>();
        for (String s : sentences) {
            Matcher m = WORD.matcher(s);
            while (m.find()) if (Character.isLowerCase(m.group().charAt(0))) words.add(key(m.group()));
        }
        return words;
    }
}
