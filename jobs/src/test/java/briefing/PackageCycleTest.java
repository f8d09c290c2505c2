package briefing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of jobs/src/main holds: no two briefing packages depend on each other, directly or through others, and
 * the language core (text, summary, topics) uses no Spark or Hadoop type. Read from the sources themselves: each
 * file's imports and its fully qualified references, comments and string literals left out.
 */
class PackageCycleTest {
    static final Path SOURCES = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize().resolve("jobs/src/main/java");
    static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    static final Pattern REFERENCE = Pattern.compile("\\b(briefing(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    static final Pattern FOREIGN = Pattern.compile("\\borg\\.apache\\.(spark|hadoop)\\.");
    static final List<String> LANGUAGE_CORE = List.of("briefing.text", "briefing.summary", "briefing.topics");

    /** package -> the packages it uses -> the files that use them */
    static final Map<String, Map<String, Set<String>>> USES = new TreeMap<>();
    static final Map<String, Set<String>> FOREIGN_USES = new TreeMap<>();

    @BeforeAll
    static void readTheSources() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher p = PACKAGE.matcher(source);
            assertTrue(p.find(), "no package line in " + file);
            String from = p.group(1);
            String code = withoutCommentsAndStrings(source.substring(p.end()));
            USES.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher r = REFERENCE.matcher(code);
            while (r.find()) {
                String to = r.group(1);
                if (!to.equals(from)) USES.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(SOURCES.relativize(file).toString());
            }
            Matcher f = FOREIGN.matcher(code);
            while (f.find()) FOREIGN_USES.computeIfAbsent(from, k -> new TreeSet<>()).add(SOURCES.relativize(file) + " (" + f.group(1) + ")");
        }
    }

    @Test
    void thePackagesFormNoCycle() {
        assertTrue(USES.size() >= 10, "the sources were read: " + USES.keySet());
        assertTrue(USES.get("briefing.run").containsKey("briefing.model"), "a dependency the layout has is seen: " + USES.get("briefing.run"));
        List<String> cycles = new ArrayList<>();
        for (String start : USES.keySet()) {
            List<String> cycle = cycleThrough(start);
            if (cycle != null) cycles.add(describe(cycle));
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void theLanguageCoreUsesNoSparkOrHadoopType() {
        for (String core : LANGUAGE_CORE) {
            assertTrue(USES.containsKey(core), core + " was read");
            assertEquals(Set.of(), FOREIGN_USES.getOrDefault(core, Set.of()), core + " must stay free of Spark and Hadoop types");
        }
        assertFalse(FOREIGN_USES.getOrDefault("briefing.run", Set.of()).isEmpty(), "the check sees Spark where it is used");
    }

    /** A shortest path from {@code start} back to itself, or null. */
    static List<String> cycleThrough(String start) {
        Map<String, String> cameFrom = new TreeMap<>();
        List<String> queue = new ArrayList<>(List.of(start));
        for (int i = 0; i < queue.size(); i++) {
            String at = queue.get(i);
            for (String next : USES.getOrDefault(at, Map.of()).keySet()) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String back = at; !back.equals(start); back = cameFrom.get(back)) path.add(1, back);
                    path.add(start);
                    return path;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    static String describe(List<String> cycle) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            sb.append(cycle.get(i)).append(" -> ").append(cycle.get(i + 1)).append(" (").append(USES.get(cycle.get(i)).get(cycle.get(i + 1))).append("); ");
        }
        return sb.toString();
    }

    /** The code alone: comments and string and character literals blanked, so a word in them is no dependency. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < source.length() && source.charAt(i) != c) i += source.charAt(i) == '\\' ? 2 : 1;
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
