package briefing.bench;

import briefing.run.RunReport;
import briefing.run.RunOptions;
import briefing.run.BriefingRun;
import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusTest {
    static final SparkSession spark = TestSpark.session();
    @TempDir static Path dir;
    static Path corpora;
    static final Set<String> PARAGRAPHS = new HashSet<>();

    @BeforeAll
    static void writeASmallCorpus() throws Exception {
        corpora = Files.createDirectories(dir.resolve("corpora"));
        StringBuilder lines = new StringBuilder();
        for (int a = 0; a < 12; a++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                String paragraph = "Paragraph " + p + " of story " + a + " says the ministers met again on day " + (a + p) + ".";
                PARAGRAPHS.add(paragraph);
                text.append(p == 0 ? "" : (a % 2 == 0 ? "\\n\\n" : "\\n    ")).append(paragraph);
            }
            lines.append(String.format("{\"id\": \"s%d\", \"title\": \"Story %d\", \"text\": \"%s\"}%n", a, a, text));
        }
        Files.writeString(corpora.resolve("small.jsonl"), lines.toString());
    }

    @Test
    void generatesTheAskedNumberOfArticlesFromRealParagraphsWithFreshIds() {
        String out = dir.resolve("gen-a").toString();
        assertEquals(300, new ScaleCorpus(spark).generate(corpora.toString(), 300, out, 7));
        List<Row> rows = spark.read().json(out).collectAsList();
        assertEquals(300, rows.stream().map(r -> r.<String>getAs("id")).distinct().count());
        for (Row r : rows) {
            String[] paragraphs = r.<String>getAs("text").split("\n\n");
            assertTrue(paragraphs.length >= ScaleCorpus.MIN_PARAGRAPHS && paragraphs.length <= ScaleCorpus.MAX_PARAGRAPHS, r.toString());
            for (String p : paragraphs) assertTrue(PARAGRAPHS.contains(p), "a real paragraph: " + p);
            assertTrue(r.<String>getAs("title").startsWith("Story "));
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndTheJobReadsIt() throws Exception {
        String a = dir.resolve("gen-b").toString();
        String b = dir.resolve("gen-c").toString();
        new ScaleCorpus(spark).generate(corpora.toString(), 50, a, 3);
        new ScaleCorpus(spark).generate(corpora.toString(), 50, b, 3);
        assertEquals(spark.read().json(a).orderBy("id").collectAsList(), spark.read().json(b).orderBy("id").collectAsList());

        Path model = Path.of(System.getProperty("briefing.root", "..")).resolve("models/topics");
        RunReport report = new BriefingRun(spark).run(new RunOptions(a, null, dir.resolve("out").toString(), LocalDate.of(2026, 11, 22),
                model.toString(), 3));
        assertEquals(50, report.read());
        assertEquals(50, report.written());
    }
}
