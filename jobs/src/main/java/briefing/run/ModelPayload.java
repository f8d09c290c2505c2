package briefing.run;

import briefing.summary.SentenceScorer;
import briefing.summary.CorpusStatistics;
import briefing.summary.TopicFocus;
import briefing.topics.TopicClassifier;
import briefing.vectorize.ArticleVectorizer;
import java.io.Serializable;

/**
 * What the executors need of the model, decoded once on the driver and broadcast as plain arrays and maps: the
 * vectoriser (vocabulary, IDF, settings), the classifier's weights laid out by the same vocabulary array (so the
 * vectoriser's ids index them directly), the summariser's corpus statistics and the topics' term weights. No Tribuo
 * object travels, so nothing is decoded again on an executor.
 */
public record ModelPayload(String modelVersion, ArticleVectorizer vectorizer, TopicClassifier classifier, CorpusStatistics corpus,
                           TopicFocus topicFocus, SentenceScorer sentenceScorer) implements Serializable {}
