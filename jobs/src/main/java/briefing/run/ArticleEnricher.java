package briefing.run;

import briefing.summary.ScoredArticle;
import briefing.summary.ScoringWeights;
import briefing.summary.Summarizer;
import briefing.summary.Summary;
import briefing.summary.SummaryLength;
import briefing.summary.SummarySentence;
import briefing.summary.TopicFocus;
import briefing.text.LanguageGuess;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import briefing.text.Words;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicClassifier;
import briefing.vectorize.ArticleVectorizer;
import briefing.vectorize.TermVector;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns each vectorised article into its output row: topics from the broadcast model, the summary from the
 * language core. Runs on the executors, one partition at a time, streaming.
 *
 * <p>Input columns, in order: id, title, text, published_at (timestamp), source, url, language, flags. The article is
 * vectorised here, in the same pass, by the model's {@link ArticleVectorizer}.
 *
 * <p>An article detected as another language than English is not classified: the model knows English only, and
 * words such as "sanctions" or "diplomatie" would give confident scores it has no grounds for. It gets no topics
 * and an empty {@code topic_scores}.
 */
public final class ArticleEnricher implements MapPartitionsFunction<Row, Row> {
    private final Broadcast<ModelPayload> model;
    private final SummaryLength summaryLength;
    private final String runId;
    private final Timestamp processedAt;
    private final Date runDate;
    private PhaseTimers phases;

    public ArticleEnricher(Broadcast<ModelPayload> model, SummaryLength summaryLength, String runId, Timestamp processedAt, Date runDate) {
        this.model = model;
        this.summaryLength = summaryLength;
        this.runId = runId;
        this.processedAt = processedAt;
        this.runDate = runDate;
    }

    /** Adds the task time of each phase to these timers, for the run report. */
    ArticleEnricher timing(PhaseTimers timers) {
        this.phases = timers;
        return this;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        ModelPayload payload = model.value();
        TopicClassifier classifier = payload.classifier();
        ArticleVectorizer vectorizer = payload.vectorizer();
        String modelVersion = payload.modelVersion();
        SentenceSplitter splitter = new SentenceSplitter();
        Summarizer summarizer = new Summarizer(payload.corpus(), ScoringWeights.DEFAULT, payload.sentenceScorer());
        TopicFocus topicFocus = payload.topicFocus();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Row next() {
                Row in = articles.next();
                String title = in.getString(1);
                String text = in.getString(2);
                String language = in.getString(6);
                long started = System.nanoTime();
                TermVector vector = vectorizer.vectorise(title, text);
                long vectorised = System.nanoTime();
                TopicAssignment topics = classifiable(language)
                        ? classifier.classify(vector)
                        : new TopicAssignment(java.util.Map.of(), List.of());
                Map<String, List<String>> evidence = classifier.evidence(vector, topics.topics(), title, text);
                long classified = System.nanoTime();
                List<Sentence> sentences = splitter.split(text);
                ScoredArticle scored = summarizer.score(title, sentences);
                Summary summary = summarizer.choose(scored, summaryLength);
                Map<String, String> topicSummaries = topicFocus.summaries(scored, topics.topics(), summaryLength, payload.corpus());
                if (phases != null) {
                    phases.add(PhaseTimers.VECTORISE, vectorised - started);
                    phases.add(PhaseTimers.CLASSIFY, classified - vectorised);
                    phases.add(PhaseTimers.SUMMARISE, System.nanoTime() - classified);
                }
                return RowFactory.create(
                        in.getString(0), title, in.getString(4), in.getString(5), in.get(3),
                        CollectionConverters.asScala(topics.topics()).toSeq(),
                        CollectionConverters.asScala(topics.scores()),
                        topics.primaryTopic(),
                        evidenceColumn(evidence),
                        summary.text(),
                        CollectionConverters.asScala(summaryRows(summary)).toSeq(),
                        CollectionConverters.asScala(topicSummaries),
                        sentences.size(),
                        Words.count(text),
                        language, in.get(7),
                        modelVersion, runId, processedAt, runDate);
            }
        };
    }

    /** English, or too little text to tell (the model then finds few or none of its terms and scores low). */
    static boolean classifiable(String language) {
        return LanguageGuess.ENGLISH.equals(language) || LanguageGuess.UNDETERMINED.equals(language);
    }

    private static scala.collection.Map<String, scala.collection.immutable.Seq<String>> evidenceColumn(Map<String, List<String>> evidence) {
        Map<String, scala.collection.immutable.Seq<String>> column = new LinkedHashMap<>();
        evidence.forEach((topic, terms) -> column.put(topic, CollectionConverters.asScala(terms).toSeq()));
        return CollectionConverters.asScala(column);
    }

    private static List<Row> summaryRows(Summary summary) {
        List<Row> rows = new ArrayList<>(summary.sentences().size());
        for (SummarySentence s : summary.sentences()) {
            rows.add(RowFactory.create(s.position(), s.text(), s.score()));
        }
        return rows;
    }
}
