import briefing.summary.CorpusStatistics;
import briefing.summary.Summarizer;
import briefing.summary.Summary;
import briefing.summary.SummarySentence;
import briefing.text.SentenceSplitter;
import briefing.text.TextCleaner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the default summary of each article of a JSONL file ({id, title, text}), with the chosen sentences'
 * positions, without Spark: for reading one's own summaries of the tuning pool. The job's summaries (export.sh)
 * use the model's stop words; this uses the project's list, which is what the vectoriser's list is built from.
 */
public class Preview {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        SentenceSplitter splitter = new SentenceSplitter();
        Summarizer summarizer = new Summarizer(CorpusStatistics.uniform());
        TextCleaner cleaner = new TextCleaner(1_000_000);
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode row = json.readTree(line);
            String title = row.path("title").asText(null);
            String text = cleaner.clean(row.path("text").asText()).text();
            Summary summary = summarizer.summarize(title, splitter.split(text), 3);
            System.out.println(row.path("id").asText() + " | " + title);
            for (SummarySentence s : summary.sentences()) System.out.println("    " + s.position() + " " + s.text());
        }
    }
}
