package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.testing.SharedData;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real AllSides articles (../shared, by id) that carry page furniture: no summary, at the default length or at half
 * the article, chooses a sentence with it. None of these ids is among the judging articles of research/summary-judging.
 */
class WebPageFurnitureTest {
    private static final Map<String, JsonNode> ARTICLES = new HashMap<>();
    private static final List<String> IDS = List.of(
            "allsides/00IzI5ynahBVtC9l", "allsides/01SlRyvJnhEZuvmE", "allsides/00ZME4ZkHAEIC7dP",
            "allsides/mYXKHz8aAzAh0KCt", "allsides/z1Ifz1L9KL87KslT", "allsides/0JlwaO7dOvx8HMKM",
            "allsides/10HAxrySnA7OTVpd", "allsides/024ze53wqkRctqkP", "allsides/0AqbiPv7FgBJj6lN",
            "allsides/0CQ88udySJPShFnE", "allsides/01BNaWwS2avFtSOs", "allsides/06X5CjZlQ7CaKESb",
            "allsides/02HZDNvRjrn6Tic4", "allsides/01UWVhvNXz41OxEc", "allsides/00JPgT4b72LdNFwS",
            "allsides/08WQaaKIT3VXgX5m", "allsides/d9rQjpIV26togxdR");

    private final Summarizer summarizer = new Summarizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @BeforeAll
    static void readArticles() throws IOException {
        Path corpus = SharedData.require("corpora/allsides-news.jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && ARTICLES.size() < IDS.size(); line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                if (IDS.contains(row.path("id").asText())) ARTICLES.put(row.path("id").asText(), row);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "allsides/00IzI5ynahBVtC9l | Replay More Videos",
        "allsides/01SlRyvJnhEZuvmE | Story highlights",
        "allsides/00ZME4ZkHAEIC7dP | Also on POLITICO",
        "allsides/00ZME4ZkHAEIC7dP | PHOTOS:",
        "allsides/mYXKHz8aAzAh0KCt | via Bloomberg",
        "allsides/z1Ifz1L9KL87KslT | via Bloomberg",
        "allsides/0JlwaO7dOvx8HMKM | Source: Dow Jones",
        "allsides/10HAxrySnA7OTVpd | Source: Bloomberg",
        "allsides/024ze53wqkRctqkP | PUTIN ON TRUMP-LAVROV MEETING",
        "allsides/0AqbiPv7FgBJj6lN | BIDEN SAYS HE WAS",
        "allsides/0CQ88udySJPShFnE | EXCLUSIVE: FBI TEXTS",
        "allsides/01BNaWwS2avFtSOs | toggle caption",
        "allsides/06X5CjZlQ7CaKESb | Slideshow",
        "allsides/02HZDNvRjrn6Tic4 | (Photo:",
        "allsides/01UWVhvNXz41OxEc | REUTERS/",
        "allsides/00JPgT4b72LdNFwS | Copyright ©",
        "allsides/00JPgT4b72LdNFwS | Sign up for",
        "allsides/08WQaaKIT3VXgX5m | Read more",
        "allsides/d9rQjpIV26togxdR | Goal:"
    })
    void neverChoosesTheFurniture(String id, String mark) {
        JsonNode article = ARTICLES.get(id);
        assertTrue(article != null, id + " is in ../shared/corpora/allsides-news.jsonl.gz");
        List<Sentence> sentences = splitter.split(article.path("text").asText());
        assertTrue(sentences.stream().anyMatch(s -> s.text().contains(mark)), "the article carries " + mark);
        String title = article.path("title").asText(null);

        for (SummaryLength length : List.of(SummaryLength.DEFAULT, SummaryLength.ratio(0.5))) {
            for (SummarySentence chosen : summarizer.summarize(title, sentences, length).sentences()) {
                assertFalse(chosen.text().contains(mark), length + " chose: " + chosen.text());
            }
        }
    }
}
