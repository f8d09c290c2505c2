package briefing.vectorize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdfCorpusTest {
    static final SparkSession spark = TestSpark.session();
    static final VectorizerSettings SETTINGS = new VectorizerSettings(1000, 1, 1, false);
    @TempDir Path dir;

    private static Dataset<Row> training() {
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("t1", "Envoys meet", "envoys meet for talks on the treaty"));
        rows.add(RowFactory.create("t2", "Embargo widened", "the embargo on oil exports was widened"));
        rows.add(RowFactory.create("t3", "Talks resume", "talks resume after the treaty vote"));
        return spark.createDataFrame(rows, IdfCorpus.SCHEMA);
    }

    private Path corpus() throws Exception {
        // "talks" is in every corpus article, "embargo" in none: a news-sized IDF makes the first common, the second rare.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) lines.add("{\"id\": \"c" + i + "\", \"title\": \"Talks " + i + "\", \"text\": \"talks went on for hours\"}");
        lines.add("{\"id\": \"t1\", \"title\": \"Labelled\", \"text\": \"embargo embargo\"}");
        return Files.write(dir.resolve("corpus.jsonl"), lines);
    }

    private static IDFModel idf(PipelineModel model) {
        for (Transformer stage : model.stages()) if (stage instanceof IDFModel idf) return idf;
        throw new AssertionError("no IDF stage");
    }

    @Test
    void theCorpusChangesTheIdfButNotTheVocabularyOrTheStages() throws Exception {
        PipelineModel plain = TextVectorizer.fit(SETTINGS, training());
        IdfCorpus corpus = IdfCorpus.read(spark, List.of(corpus().toString()));
        PipelineModel withCorpus = TextVectorizer.fit(SETTINGS, training(), corpus);

        String[] vocabulary = TextVectorizer.vocabulary(plain);
        assertArrayEquals(vocabulary, TextVectorizer.vocabulary(withCorpus));
        assertEquals(Arrays.stream(plain.stages()).map(s -> s.getClass()).toList(), Arrays.stream(withCorpus.stages()).map(s -> s.getClass()).toList());
        assertEquals(3 + 21, idf(withCorpus).numDocs());
        int talks = Arrays.asList(vocabulary).indexOf("talks");
        int embargo = Arrays.asList(vocabulary).indexOf("embargo");
        // MLlib's IDF: ln((documents + 1) / (document frequency + 1)).
        assertEquals(Math.log(4.0 / 3), idf(plain).idf().apply(talks), 1e-9);
        assertEquals(Math.log(4.0 / 2), idf(plain).idf().apply(embargo), 1e-9);
        assertEquals(Math.log(25.0 / 23), idf(withCorpus).idf().apply(talks), 1e-9);
        assertEquals(Math.log(25.0 / 3), idf(withCorpus).idf().apply(embargo), 1e-9);
    }

    @Test
    void labelledIdsAreLeftOutOfTheCorpus() throws Exception {
        IdfCorpus corpus = IdfCorpus.read(spark, List.of(corpus().toString()));
        assertEquals(21, corpus.size());
        assertEquals(20, corpus.without(List.of("t1", "t2")).size());
        PipelineModel model = TextVectorizer.fit(SETTINGS, training(), corpus.without(List.of("t1")));
        assertEquals(3 + 20, idf(model).numDocs());
    }

    @Test
    void noCorpusIsThePlainFit() {
        PipelineModel model = TextVectorizer.fit(SETTINGS, training(), IdfCorpus.NONE);
        assertEquals(3, idf(model).numDocs());
    }
}
