package briefing.training;

import briefing.model.ModelBundle;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCardTest {
    static final Path MODELS = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize().resolve("models/topics");

    @Test
    void theRebuildCommandQuotesWhatTheShellWouldSplitOrExpand() {
        assertEquals("bin/briefing train --labels '/data/my labels/topics.jsonl' --model-out 'models/topics/v5 (O'\\''Brien)'",
                ModelCard.rebuildCommand("/data/my labels/topics.jsonl", "models/topics/v5 (O'Brien)", List.of()));
        assertEquals("bin/briefing train --labels l.jsonl --model-out m \\\n  --idf-corpus '$CORPORA/a.jsonl' --cost 8",
                ModelCard.rebuildCommand("l.jsonl", "m", List.of("--idf-corpus", "$CORPORA/a.jsonl", "--cost", "8")));
    }

    @Test
    void theCommittedCardsRebuildCommandsComeOutAsTheyAre() throws Exception {
        assertEquals(rebuildBlock("v2"), ModelCard.rebuildCommand("../shared/labels/topics.jsonl", "models/topics/v2", List.of()));
        assertEquals(rebuildBlock("v4"), ModelCard.rebuildCommand("../shared/labels/topics.jsonl", "models/topics/v4", List.of("--nb-ratio", "0.5",
                "--idf-corpus", "../shared/corpora/agnews-test.jsonl,../shared/corpora/bbc-news-summary.jsonl,../shared/corpora/reuters21578.jsonl")));
    }

    /** The code block of a committed card's Rebuild section. */
    private static String rebuildBlock(String version) throws Exception {
        String card = Files.readString(MODELS.resolve(version).resolve(ModelBundle.CARD_FILE));
        String section = card.substring(card.indexOf("## Rebuild"));
        int start = section.indexOf("```\n") + 4;
        return section.substring(start, section.indexOf("\n```", start));
    }
}
