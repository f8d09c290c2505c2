package briefing.training;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void safeWordsAreLeftAsTheyAre() {
        for (String word : List.of("../shared/labels/topics.jsonl", "models/topics/v4", "--nb-ratio", "0.5", "a.jsonl,b.jsonl",
                "hdfs://host:8020/data/x_y-1.jsonl", "key=value", "50%", "1e+3", "user@host")) {
            assertEquals(word, ShellWords.quote(word));
        }
    }

    @Test
    void otherWordsAreSingleQuotedWithSingleQuotesEscaped() {
        assertEquals("'my labels/topics.jsonl'", ShellWords.quote("my labels/topics.jsonl"));
        assertEquals("'O'\\''Brien.jsonl'", ShellWords.quote("O'Brien.jsonl"));
        assertEquals("''", ShellWords.quote(""));
        assertEquals("'$HOME/labels.jsonl'", ShellWords.quote("$HOME/labels.jsonl"));
        assertEquals("'~/labels.jsonl'", ShellWords.quote("~/labels.jsonl"));
        assertEquals("'*.jsonl'", ShellWords.quote("*.jsonl"));
        assertEquals("'étiquettes.jsonl'", ShellWords.quote("étiquettes.jsonl"));
        assertEquals("--idf-corpus 'a b.jsonl,c.jsonl'", ShellWords.join(List.of("--idf-corpus", "a b.jsonl,c.jsonl")));
    }

    @Test
    void aPosixShellReadsTheQuotedWordsBackAsTheyWere() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        List<String> words = List.of("plain.jsonl", "two words", "it's", "'", "''", "a\\b", "$(echo x)", "`x`", "\"q\"", "tab\there", "line\nbreak",
                "!", "#hash", "semi;colon", "a&b", "a|b", "<in>", "*", "~", "");
        assertEquals(words, shellWords(ShellWords.join(words)));
        // The JVM passes arguments in the platform's encoding: a non-ASCII word survives only under a UTF-8 locale.
        if ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) assertEquals(List.of("é"), shellWords(ShellWords.join(List.of("é"))));
    }

    /** What sh makes of the command-line text: its words, each printed followed by a NUL. */
    private static List<String> shellWords(String text) throws IOException, InterruptedException {
        Process sh = new ProcessBuilder("/bin/sh", "-c", "for w in " + text + "; do printf '%s\\0' \"$w\"; done").start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, sh.waitFor(), new String(sh.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out.isEmpty() ? List.of() : List.of(out.substring(0, out.length() - 1).split("\0", -1));
    }
}
