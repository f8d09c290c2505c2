package briefing.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Short strings looked for anywhere in a line, all in one pass over it: a table of the marks' first two characters
 * tells at a glance whether any mark can start at a position, and only then are the marks that start with that
 * character compared whole.
 */
final class Marks {
    private static final int ASCII = 128;
    private final String[][] byFirstAscii = new String[ASCII][];
    /** Whether some mark starts with this ASCII character and then one equal to the index's low 7 bits. */
    private final boolean[] firstTwo = new boolean[ASCII * ASCII];
    /** Marks that start with a character beyond ASCII ("©"): few, tried at every such character. */
    private final String[] others;

    Marks(List<String> marks) {
        List<List<String>> groups = new ArrayList<>();
        for (int c = 0; c <= ASCII; c++) groups.add(new ArrayList<>());
        for (String mark : marks) {
            char first = mark.charAt(0);
            groups.get(Math.min(first, ASCII)).add(mark);
            if (first >= ASCII) continue;
            if (mark.length() == 1) {
                for (int second = 0; second < ASCII; second++) firstTwo[first * ASCII + second] = true;
            } else {
                firstTwo[first * ASCII + (mark.charAt(1) & (ASCII - 1))] = true;
            }
        }
        for (int c = 0; c < ASCII; c++) byFirstAscii[c] = groups.get(c).toArray(new String[0]);
        others = groups.get(ASCII).toArray(new String[0]);
    }

    /** Whether {@code s} contains one of the marks (case-sensitive). */
    boolean foundIn(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ASCII) {
                for (String mark : others) {
                    if (mark.charAt(0) == c && s.startsWith(mark, i)) return true;
                }
                continue;
            }
            int second = i + 1 < n ? s.charAt(i + 1) & (ASCII - 1) : 0;
            if (!firstTwo[c * ASCII + second]) continue;
            for (String mark : byFirstAscii[c]) {
                if (s.startsWith(mark, i)) return true;
            }
        }
        return false;
    }
}
