package briefing.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** The articles table's schema is a contract: the README documents it, and this keeps the two the same. */
class OutputTablesTest {
    static final Path README = Path.of(System.getProperty("briefing.root", "..")).resolve("README.md");

    @Test
    void readmeDocumentsExactlyTheArticlesSchema() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf("## The output tables");
        assertTrue(start >= 0, "README has a section on the output tables");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher row = Pattern.compile("^\\| `([a-z_]+)` \\| ([a-z<>:,_]+) \\|", Pattern.MULTILINE).matcher(section);
        List<String> documented = new ArrayList<>();
        while (row.find()) documented.add(row.group(1) + " " + row.group(2));
        List<String> actual = new ArrayList<>();
        for (StructField f : OutputTables.ARTICLES_SCHEMA.fields()) actual.add(f.name() + " " + f.dataType().simpleString());
        assertEquals(actual, documented);
    }

    @Test
    void articlesSchemaHasTheColumnsAnalystsQuery() {
        assertEquals(List.of("article_id", "title", "source", "url", "published_at", "topics", "topic_scores", "primary_topic", "topic_evidence",
                "summary", "summary_sentences", "topic_summaries", "sentence_count", "word_count", "language", "flags", "model_version", "run_id", "processed_at", "run_date"),
                List.of(OutputTables.ARTICLES_SCHEMA.fieldNames()));
    }
}
