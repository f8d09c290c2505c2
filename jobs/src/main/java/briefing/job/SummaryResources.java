package briefing.job;

import briefing.model.ModelBundle;
import briefing.summary.CorpusStatistics;
import briefing.vectorize.SavedPipeline;

/**
 * Reads, on the driver, what the summariser needs from the fitted vectoriser: the IDF of every vocabulary term and
 * the stop words, as plain Java for the language core.
 */
public final class SummaryResources {
    private SummaryResources() {}

    public static CorpusStatistics corpusStatistics(ModelBundle model) {
        SavedPipeline pipeline = model.pipeline();
        return CorpusStatistics.of(model.vocabulary(), pipeline.idf(), pipeline.numDocs(), pipeline.stopWords());
    }
}
