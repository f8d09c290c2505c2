package briefing.vectorize;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting training accepts is one the job loads: the title weight's one declaration bounds both. */
class VectorizerSettingsTest {
    static final SparkSession spark = TestSpark.session();
    @TempDir Path dir;

    @Test
    void everyTitleWeightTrainingAcceptsLoadsAndNoOtherTrains() throws Exception {
        for (int w : List.of(1, VectorizerSettings.MAX_TITLE_WEIGHT)) {
            PipelineModel fitted = fit(new VectorizerSettings(1000, 1, w, true));
            assertNotNull(savedAndRead(fitted, "w" + w), "title weight " + w);
        }
        for (int w : List.of(0, -1, VectorizerSettings.MAX_TITLE_WEIGHT + 1)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new VectorizerSettings(1000, 1, w, true));
            assertTrue(refused.getMessage().contains("--title-weight must be from 1 to " + VectorizerSettings.MAX_TITLE_WEIGHT), refused.getMessage());
            // What the job would make of such a model, had training let it through.
            PipelineModel fitted = fit(VectorizerSettings.DEFAULT);
            fitted.stages()[0] = new SQLTransformer().setStatement(TextVectorizer.documentStatement(w));
            assertThrows(IllegalStateException.class, () -> savedAndRead(fitted, "bad" + w), "title weight " + w);
        }
    }

    private static PipelineModel fit(VectorizerSettings settings) {
        return TextVectorizer.fit(settings, spark.createDataFrame(List.of(RowFactory.create("Talks resume", "Envoys met in Geneva again.")),
                ArticleVectorizerTest.ARTICLE));
    }

    /** As training saves the pipeline and the job loads it. */
    private SavedPipeline savedAndRead(PipelineModel fitted, String name) throws Exception {
        Path saved = Files.createDirectories(dir.resolve(name));
        fitted.write().overwrite().save(saved.resolve("vectorizer").toString());
        return SavedPipeline.read(ArticleVectorizerTest.files(saved.resolve("vectorizer")));
    }
}
