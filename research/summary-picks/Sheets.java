import briefing.text.*;
import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
/**
 * Writes labelling sheets for the sentence picks: each article's title and its sentences as the job splits them, one
 * per line and numbered by position, so a labeller's picks map onto the summariser's sentences.
 * Usage: java-tool.sh Sheets.java OUT_DIR ARTICLES_PER_SHEET JSONL...   (sheet-1.md, sheet-2.md, ... in OUT_DIR)
 */
public class Sheets {
  public static void main(String[] a) throws Exception {
    ObjectMapper json = new ObjectMapper();
    SentenceSplitter splitter = new SentenceSplitter();
    int per = Integer.parseInt(a[1]);
    List<JsonNode> articles = new ArrayList<>();
    for (int k = 2; k < a.length; k++) for (String line : Files.readAllLines(Path.of(a[k]))) if (!line.isBlank()) articles.add(json.readTree(line));
    Files.createDirectories(Path.of(a[0]));
    for (int sheet = 0; sheet * per < articles.size(); sheet++) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[0], "sheet-" + (sheet + 1) + ".md")))) {
        for (JsonNode j : articles.subList(sheet * per, Math.min(articles.size(), (sheet + 1) * per))) {
          out.println("## " + j.path("id").asText());
          out.println("Title: " + j.path("title").asText(""));
          out.println();
          String text = briefing.io.ArticleValidator.cleanedTitleAndText(null, j.path("text").asText(""))[1];
          for (Sentence s : splitter.split(text)) out.println("[" + s.position() + "] " + s.text());
          out.println();
        }
      }
    }
  }
}
