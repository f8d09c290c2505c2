import briefing.text.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;
import java.io.*;
import java.nio.file.*;
/**
 * Prints each article's sentences as the job splits them, one JSON line per article ({"id", "sentences": [...]}), so
 * that picks made on one build's split can be mapped onto another's (`remap_picks.py`; run it once with
 * CLASSES=<the old build's jobs/target/classes> and once with this build).
 * Usage: java-tool.sh SplitDump.java OUT.jsonl ARTICLES.jsonl...
 */
public class SplitDump {
  public static void main(String[] a) throws Exception {
    ObjectMapper json = new ObjectMapper();
    SentenceSplitter splitter = new SentenceSplitter();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[0])))) {
      for (int k = 1; k < a.length; k++) {
        for (String line : Files.readAllLines(Path.of(a[k]))) {
          if (line.isBlank()) continue;
          JsonNode j = json.readTree(line);
          String text = briefing.io.ArticleValidator.cleanedTitleAndText(j.path("title").asText(null), j.path("text").asText(""))[1];
          ObjectNode row = json.createObjectNode().put("id", j.path("id").asText());
          ArrayNode sentences = row.putArray("sentences");
          for (Sentence s : splitter.split(text)) sentences.add(s.text());
          out.println(json.writeValueAsString(row));
        }
      }
    }
  }
}
