package briefing.topics;

import briefing.text.Terms;
import briefing.vectorize.TermVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence behind an article's labels: for each assigned topic, the article's terms that raised that topic's
 * score most (weight x the term's value in the article's vector), strongest first. A term is kept only if it
 * occurs in the article as written (words in a row, ignoring case and punctuation): a bigram formed across a
 * removed stop word ("minister [of] foreign") is not a phrase an analyst could find in the text, so it is skipped.
 */
public final class TopicEvidence {
    public static final int TERMS_PER_TOPIC = 5;

    private TopicEvidence() {}

    /** A topic's weight (by its index in {@link Topics#ALL}) for the vector's i-th term. */
    interface TermWeight {
        double of(int topic, int i);
    }

    static Map<String, List<String>> of(TermWeight weight, TermVector vector, List<String> topics, String title, String text) {
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        if (topics.isEmpty()) return evidence;
        String words = wordsOf(title, text);
        for (String topic : topics) {
            int t = Topics.ALL.indexOf(topic);
            List<Integer> candidates = new ArrayList<>();
            double[] contribution = new double[vector.size()];
            for (int i = 0; i < vector.size(); i++) {
                contribution[i] = weight.of(t, i) * vector.weights()[i];
                if (contribution[i] > 0) candidates.add(i);
            }
            candidates.sort(Comparator.comparingDouble((Integer i) -> -contribution[i]).thenComparing(vector::term));
            List<String> terms = new ArrayList<>(TERMS_PER_TOPIC);
            for (int i : candidates) {
                if (terms.size() == TERMS_PER_TOPIC) break;
                if (occursIn(vector.term(i), words)) terms.add(vector.term(i));
            }
            evidence.put(topic, List.copyOf(terms));
        }
        return evidence;
    }

    /** The article's words, lower case, each with a space either side, so a term is found by a plain substring search. */
    static String wordsOf(String title, String text) {
        String all = ((title == null ? "" : title) + "\n" + (text == null ? "" : text)).toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(all.length() + 2).append(' ');
        boolean spaced = true;
        for (int i = 0; i < all.length(); ) {
            int c = all.codePointAt(i);
            if (Terms.isWordChar(c)) {
                words.appendCodePoint(c);
                spaced = false;
            } else if (!spaced) {
                words.append(' ');
                spaced = true;
            }
            i += Character.charCount(c);
        }
        if (!spaced) words.append(' ');
        return words.toString();
    }

    static boolean occursIn(String term, String words) {
        return words.contains(" " + term + " ");
    }
}
