package briefing.summary;

import briefing.text.Sentence;

/**
 * A page that repeats its headline as the first line: the line alone is dropped (an empty sentence, which the
 * summariser treats as furniture), and a headline run into the first sentence ("Plague could return: WHO Geneva -
 * The World Health ...") is taken off it, so the sentence starts where the article does.
 */
final class HeadlineRepeat {
    private HeadlineRepeat() {
    }

    static Sentence withoutTitle(Sentence sentence, String title) {
        String text = sentence.text();
        int end = prefixEnd(text, title);
        if (end < 0) {
            return sentence;
        }
        String rest = text.substring(end).strip();
        while (!rest.isEmpty() && !Character.isLetterOrDigit(rest.charAt(0)) && "\"“‘'(".indexOf(rest.charAt(0)) < 0) {
            rest = rest.substring(1).strip();
        }
        if (rest.length() > 1 && "'\"’”".indexOf(rest.charAt(0)) >= 0 && rest.charAt(1) == ' ') {
            rest = rest.substring(2);
        }
        return new Sentence(sentence.position(), rest);
    }

    /** Where the title ends in {@code text}, comparing letters and digits only, case-blind; -1 when it does not start it. */
    static int prefixEnd(String text, String title) {
        int i = 0;
        int j = 0;
        int matched = 0;
        while (j < title.length()) {
            char t = title.charAt(j);
            if (!Character.isLetterOrDigit(t)) {
                j++;
                continue;
            }
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i >= text.length() || Character.toLowerCase(text.charAt(i)) != Character.toLowerCase(t)) {
                return -1;
            }
            i++;
            j++;
            matched++;
        }
        return matched >= 15 ? i : -1;
    }
}
