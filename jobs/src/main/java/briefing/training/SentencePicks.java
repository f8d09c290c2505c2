package briefing.training;

import briefing.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labellers' sentence picks ({@code data/labels/summary-picks.jsonl}, made with
 * {@code research/summary-picks/GUIDE.md}): per article and labeller the three sentences that make the best summary,
 * most important first, by their position in the job's sentence split, each with the first 12 hex digits of its
 * text's SHA-256 so a split that has changed since is caught rather than trained on. Ids only: the texts stay in the
 * corpus.
 */
public final class SentencePicks {
    public record Pick(String labeller, int[] sentences, String[] sentenceSha256) {}

    private SentencePicks() {}

    /** The picks by article id (in file order), each article's labellers in file order. */
    public static Map<String, List<Pick>> read(String path) throws IOException {
        Map<String, List<Pick>> byId = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of(path))) {
            n++;
            if (line.isBlank()) continue;
            JsonNode row = Json.MAPPER.readTree(line);
            JsonNode sentences = row.path("sentences");
            JsonNode hashes = row.path("sentence_sha256");
            if (!row.hasNonNull("id") || !sentences.isArray() || sentences.isEmpty() || hashes.size() != sentences.size()) {
                throw new IllegalArgumentException(path + ":" + n + ": expected {id, labeller, sentences, sentence_sha256} with one hash per sentence");
            }
            int[] positions = new int[sentences.size()];
            String[] sha = new String[sentences.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = sentences.get(i).asInt(-1);
                sha[i] = hashes.get(i).asText();
                if (positions[i] < 0) throw new IllegalArgumentException(path + ":" + n + ": a sentence position must be a number >= 0");
                if (!sha[i].matches("[0-9a-f]{12}")) {
                    throw new IllegalArgumentException(path + ":" + n + ": a sentence hash is the first 12 hex digits of its SHA-256, got '" + sha[i] + "'");
                }
            }
            byId.computeIfAbsent(row.get("id").asText(), id -> new ArrayList<>()).add(new Pick(row.path("labeller").asText(""), positions, sha));
        }
        return byId;
    }
}
