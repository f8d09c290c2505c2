package briefing.job;

import briefing.model.ModelBundle;
import briefing.summary.CorpusStatistics;
import java.util.Set;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * Reads, on the driver, what the summariser needs from the fitted vectoriser: the IDF of every vocabulary term and
 * the stop words, as plain Java for the language core.
 */
public final class SummaryResources {
    private SummaryResources() {}

    public static CorpusStatistics corpusStatistics(ModelBundle model) {
        PipelineModel vectorizer = model.vectorizer();
        IDFModel idf = null;
        Set<String> stopWords = null;
        for (Transformer stage : vectorizer.stages()) {
            if (stage instanceof IDFModel m) idf = m;
            if (stage instanceof StopWordsRemover r) stopWords = Set.of(r.getStopWords());
        }
        if (idf == null || stopWords == null) {
            throw new IllegalStateException("the vectoriser has no IDF or stop-word stage");
        }
        return CorpusStatistics.of(model.vocabulary(), idf.idf().toArray(), idf.numDocs(), stopWords);
    }
}
