package briefing.job;

import briefing.vectorize.ArticleVectorizer;
import briefing.summary.CorpusStatistics;
import briefing.summary.TopicFocus;
import briefing.topics.PlattScaling;
import java.io.Serializable;
import java.util.Map;

/**
 * What the executors need of the model, as plain bytes and strings: a Tribuo model broadcast as an object breaks
 * under Kryo, so it travels as its protobuf and is rebuilt once per executor. The summariser's corpus statistics
 * (IDF, stop words) and the topics' term weights travel as plain maps.
 *
 * @param nbRatios the NB-LR ratios file's bytes, for the vectoriser's vocabulary; null for a model without ratios
 */
public record ModelPayload(String modelVersion, byte[] topicModelProtobuf, byte[] nbRatios, Map<String, Double> thresholds,
                           Map<String, PlattScaling> calibration, ArticleVectorizer vectorizer, CorpusStatistics corpus, TopicFocus topicFocus)
        implements Serializable {}
