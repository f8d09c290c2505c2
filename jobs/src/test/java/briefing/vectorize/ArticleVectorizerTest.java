package briefing.vectorize;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.SharedData;
import briefing.testing.TestSpark;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The plain-Java vectoriser gives the fitted MLlib pipeline's vectors: same terms, same weights. */
class ArticleVectorizerTest {
    static final SparkSession spark = TestSpark.session();
    static final Path ROOT = Path.of(System.getProperty("briefing.root", "..")).toAbsolutePath().normalize();
    static final StructType ARTICLE = new StructType().add("title", DataTypes.StringType).add("text", DataTypes.StringType);
    static final ObjectMapper JSON = new ObjectMapper();

    /** Text that tells tokenisers apart: numbers of every kind, case that lower-cases to more characters, stop words, markup. */
    static final List<String[]> AWKWARD = List.of(
            new String[] {"U.S. and EU sanctions", "The U.S. imposed sanctions; the EU's envoy said \"no\". Isn't it 2024-25?"},
            new String[] {null, "Text with no title: İstanbul talks, km² CO₂ ²³ ⅫⅠ ½ and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters, émigré café déjà-vu."},
            new String[] {"Title only", null},
            new String[] {"", ""},
            new String[] {"a", "I a of the to and"},
            new String[] {"North Korea North Korea", "north-korean NORTH KOREA north\tkorea\nnorth\r\nkorea <b>sanctions</b> x_y x1 1x"},
            new String[] {"Ångström ÆSIR", "ΣΊΣΥΦΟΣ σίσυφος Straße STRASSE ﬁnance ǅemal 日本語のテキスト 😀 mixed😀emoji"});

    @Test
    void reproducesThePipelineOnTheSamplesAndAwkwardText() throws Exception {
        List<Row> rows = rows(sampleArticles());
        for (String[] a : AWKWARD) rows.add(RowFactory.create(a[0], a[1]));
        for (VectorizerSettings settings : List.of(
                new VectorizerSettings(1 << 18, 1, 1, true),
                new VectorizerSettings(1 << 18, 2, 2, true),
                new VectorizerSettings(1 << 18, 1, 3, false))) {
            assertSameVectors(settings, rows);
        }
    }

    @Test
    void reproducesTheCommittedModelOnTheLabelledSet() throws Exception {
        Path labels = SharedData.require("labels/topics.jsonl");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(labels)) {
            JsonNode n = JSON.readTree(line);
            rows.add(RowFactory.create(n.path("title").asText(null), n.path("text").asText(null)));
        }
        PipelineModel committed = PipelineModel.load(committedModel().resolve("vectorizer").toString());
        assertSameVectors(committed, rows);
    }

    @Test
    void refusesAPipelineItDoesNotKnow() {
        PipelineModel fitted = TextVectorizer.fit(new VectorizerSettings(1000, 1, 1, true),
                spark.createDataFrame(List.of(RowFactory.create("t", "some words here and there")), ARTICLE));
        fitted.stages()[4] = new SQLTransformer().setStatement("SELECT *, _words AS _terms, 1 AS other FROM __THIS__");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> saved(fitted));
        assertTrue(refused.getMessage().contains("not one this version can score with"), refused.getMessage());
        IllegalStateException inMemory = assertThrows(IllegalStateException.class, () -> SavedPipeline.of(fitted));
        assertEquals(refused.getMessage(), inMemory.getMessage(), "read from its stages, the same pipeline is refused the same way");
    }

    @Test
    void readFromItsFilesTheCommittedPipelineHasMllibsVocabularyIdfAndStopWords() throws Exception {
        Path dir = committedModel().resolve("vectorizer");
        PipelineModel mllib = PipelineModel.load(dir.toString());
        SavedPipeline read = SavedPipeline.read(files(dir));
        assertArrayEquals(TextVectorizer.vocabulary(mllib), read.vocabulary());
        org.apache.spark.ml.feature.IDFModel idf = (org.apache.spark.ml.feature.IDFModel) mllib.stages()[7];
        assertArrayEquals(idf.idf().toArray(), read.idf());
        assertEquals(idf.numDocs(), read.numDocs());
        assertEquals(java.util.Set.of(((org.apache.spark.ml.feature.StopWordsRemover) mllib.stages()[2]).getStopWords()), read.stopWords());

        SavedPipeline inMemory = SavedPipeline.of(mllib);
        assertArrayEquals(read.vocabulary(), inMemory.vocabulary());
        assertArrayEquals(read.idf(), inMemory.idf());
        assertEquals(read.numDocs(), inMemory.numDocs());
        assertEquals(read.stopWords(), inMemory.stopWords());
        for (String[] a : sampleArticles()) assertSameVector(read.vectorizer().vectorise(a[0], a[1]), inMemory.vectorizer().vectorise(a[0], a[1]));
    }

    /** The same ids and exactly the same weights. */
    private static void assertSameVector(TermVector expected, TermVector actual) {
        assertArrayEquals(expected.ids(), actual.ids());
        assertArrayEquals(expected.weights(), actual.weights(), 0.0);
    }

    /** The pipeline saved as training saves it, and read back from its files as the job reads it. */
    private static SavedPipeline saved(PipelineModel fitted) throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("pipeline");
        fitted.write().overwrite().save(dir.resolve("vectorizer").toString());
        return SavedPipeline.read(files(dir.resolve("vectorizer")));
    }

    static java.util.Map<String, byte[]> files(Path dir) throws java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.filter(java.nio.file.Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().endsWith(".crc")) files.put(dir.relativize(p).toString(), java.nio.file.Files.readAllBytes(p));
            }
        }
        return files;
    }

    private void assertSameVectors(VectorizerSettings settings, List<Row> rows) throws java.io.IOException {
        assertSameVectors(TextVectorizer.fit(settings, spark.createDataFrame(rows, ARTICLE)), rows);
    }

    private void assertSameVectors(PipelineModel fitted, List<Row> rows) throws java.io.IOException {
        ArticleVectorizer plain = saved(fitted).vectorizer();
        ArticleVectorizer inMemory = SavedPipeline.of(fitted).vectorizer();
        String[] vocabulary = TextVectorizer.vocabulary(fitted);
        Dataset<Row> input = spark.createDataFrame(rows, ARTICLE).coalesce(1);
        List<Row> out = TextVectorizer.vectorise(fitted, input).select("title", "text", TextVectorizer.FEATURES).collectAsList();
        assertEquals(rows.size(), out.size());
        int nonEmpty = 0;
        for (Row row : out) {
            SparseVector expected = ((Vector) row.get(2)).toSparse();
            TermVector actual = plain.vectorise(row.getString(0), row.getString(1));
            String what = "title " + row.getString(0);
            assertEquals(expected.indices().length, actual.size(), what);
            for (int i = 0; i < actual.size(); i++) {
                assertEquals(vocabulary[expected.indices()[i]], actual.terms()[i], what);
                assertEquals(expected.values()[i], actual.weights()[i], 1e-12, what + ": " + actual.terms()[i]);
            }
            assertSameVector(actual, inMemory.vectorise(row.getString(0), row.getString(1)));
            if (actual.size() > 0) nonEmpty++;
        }
        assertTrue(nonEmpty > rows.size() / 2, "most articles have terms: " + nonEmpty + " of " + rows.size());
    }

    private static List<Row> rows(List<String[]> articles) {
        List<Row> rows = new ArrayList<>();
        for (String[] a : articles) rows.add(RowFactory.create(a[0], a[1]));
        return rows;
    }

    private static List<String[]> sampleArticles() throws Exception {
        List<String[]> articles = new ArrayList<>();
        try (var files = Files.list(ROOT.resolve("data/samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl") && !f.getFileName().toString().startsWith("expected")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) continue;
                    JsonNode n = JSON.readTree(line);
                    articles.add(new String[] {n.path("title").asText(null), n.path("text").asText(null)});
                }
            }
        }
        assertTrue(articles.size() >= 20, "samples read: " + articles.size());
        return articles;
    }

    private static Path committedModel() throws Exception {
        Path topics = ROOT.resolve("models/topics");
        return topics.resolve(Files.readString(topics.resolve("LATEST")).trim());
    }
}
