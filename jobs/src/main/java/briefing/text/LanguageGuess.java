package briefing.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language guess from function words: the share of an article's first words that are among the most
 * common short words of each language. Function words make up a third or more of running text in these
 * languages and are nearly disjoint between them, so a few hundred words settle it; a text too short to tell, or
 * in none of these languages (another script, a table of numbers), is {@value #UNDETERMINED}.
 */
public final class LanguageGuess {
    public static final String ENGLISH = "en";
    /** ISO 639-2 "undetermined". */
    public static final String UNDETERMINED = "und";
    /** Words looked at; enough to be sure, and it keeps a long article cheap. */
    static final int MAX_WORDS = 400;
    /** Fewer hits than this is no evidence. */
    static final int MIN_HITS = 3;
    /** The winning language's function words must be at least this share of the words. */
    static final double MIN_SHARE = 0.10;

    // The most frequent function words of each language, leaving out those another of these languages shares
    // ("a", "in", "on", "de", "die"...), so a hit is evidence for one language only.
    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();
    static {
        FUNCTION_WORDS.put("en", Set.of("the", "of", "and", "to", "is", "that", "for", "it", "was", "with", "as", "he",
                "by", "at", "from", "his", "be", "are", "have", "has", "said", "were", "not", "this", "but", "they",
                "which", "will", "been", "had", "their", "would", "who", "its", "or", "after", "an", "we", "she", "there"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "du", "est", "une", "dans", "pour", "qui",
                "sur", "pas", "au", "aux", "avec", "ce", "sont", "par", "mais", "ont", "été", "leur", "cette", "ses", "nous"));
        FUNCTION_WORDS.put("de", Set.of("der", "und", "den", "das", "ist", "nicht", "mit", "sich", "des", "auf", "für", "dem",
                "ein", "eine", "sie", "auch", "wird", "bei", "nach", "wie", "oder", "aus", "hat", "wurde", "zum", "zur", "werden"));
        FUNCTION_WORDS.put("es", Set.of("el", "los", "las", "y", "por", "su", "se", "al",
                "lo", "más", "pero", "sus", "fue", "este", "también", "entre", "sobre", "han"));
        FUNCTION_WORDS.put("it", Set.of("di", "che", "della", "per", "non", "gli", "sono", "nel", "alla", "anche",
                "dei", "delle", "è", "questo", "più", "stato", "essere", "ma", "dalla", "nella"));
        FUNCTION_WORDS.put("pt", Set.of("os", "do", "da", "das", "dos", "em", "não", "ao", "foi", "pelo",
                "pela", "mais", "seu", "sua", "também", "são", "ele", "ela", "isso", "mas"));
        FUNCTION_WORDS.put("nl", Set.of("het", "een", "van", "en", "niet", "zijn", "voor", "met", "op", "dat", "te", "ook",
                "wordt", "naar", "bij", "maar", "om", "heeft", "werd", "deze", "nog", "aan", "worden", "uit", "hij"));
    }

    private static final List<String> LANGUAGES = List.copyOf(FUNCTION_WORDS.keySet());
    /** The function words, and by each one's id there the indexes of its languages (a few, such as "mais", are in two). */
    private static final TermTable FUNCTION_WORD_IDS;
    private static final int[][] LANGUAGES_OF;
    static {
        Map<String, int[]> languagesOf = new LinkedHashMap<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            for (String w : FUNCTION_WORDS.get(LANGUAGES.get(l))) {
                int[] known = languagesOf.getOrDefault(w, new int[0]);
                int[] languages = java.util.Arrays.copyOf(known, known.length + 1);
                languages[known.length] = l;
                languagesOf.put(w, languages);
            }
        }
        FUNCTION_WORD_IDS = new TermTable(languagesOf.keySet().toArray(new String[0]));
        LANGUAGES_OF = languagesOf.values().toArray(new int[0][]);
    }

    private LanguageGuess() {}

    /** An ISO 639-1 code of the languages above, or {@value #UNDETERMINED}. */
    public static String of(String text) {
        if (text == null) return UNDETERMINED;
        int[] hits = new int[LANGUAGES.size()];
        int[] firstHit = new int[LANGUAGES.size()];
        int[] words = {0};
        Words.forEach(text.length() > MAX_WORDS * 20 ? text.substring(0, MAX_WORDS * 20) : text, token -> {
            int id = FUNCTION_WORD_IDS.find(token);
            if (id >= 0) {
                for (int l : LANGUAGES_OF[id]) if (hits[l]++ == 0) firstHit[l] = words[0];
            }
            return ++words[0] < MAX_WORDS;
        });
        int n = words[0];
        // On a tie, the language met first wins.
        int best = -1;
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] > 0 && (best < 0 || hits[l] > hits[best] || hits[l] == hits[best] && firstHit[l] < firstHit[best])) best = l;
        }
        int bestHits = best < 0 ? 0 : hits[best];
        return bestHits >= MIN_HITS && bestHits >= MIN_SHARE * n ? LANGUAGES.get(best) : UNDETERMINED;
    }
}
