package briefing.job;

import briefing.summary.Summarizer;
import briefing.summary.Summary;
import briefing.summary.SummarySentence;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import briefing.text.Words;
import briefing.topics.TermVector;
import briefing.topics.TopicAssignment;
import briefing.topics.TopicClassifier;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns each vectorised article into its output row: topics from the broadcast model, the summary from the
 * language core. Runs on the executors, one partition at a time, streaming.
 *
 * <p>Input columns, in order: id, title, text, published_at (timestamp), source, url, features.
 */
public final class ArticleEnricher implements MapPartitionsFunction<Row, Row> {
    private final Broadcast<ModelPayload> model;
    private final int summarySentences;
    private final String runId;
    private final Timestamp processedAt;
    private final Date runDate;

    public ArticleEnricher(Broadcast<ModelPayload> model, int summarySentences, String runId, Timestamp processedAt, Date runDate) {
        this.model = model;
        this.summarySentences = summarySentences;
        this.runId = runId;
        this.processedAt = processedAt;
        this.runDate = runDate;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        TopicClassifier classifier = ExecutorModels.classifier(model);
        String[] vocabulary = model.value().vocabulary();
        String modelVersion = model.value().modelVersion();
        SentenceSplitter splitter = new SentenceSplitter();
        Summarizer summarizer = new Summarizer();
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
                TermVector vector = termVector(in.getAs(6), vocabulary);
                TopicAssignment topics = classifier.classify(vector);
                List<Sentence> sentences = splitter.split(text);
                Summary summary = summarizer.summarize(title, sentences, summarySentences);
                return RowFactory.create(
                        in.getString(0), title, in.getString(4), in.getString(5), in.get(3),
                        CollectionConverters.asScala(topics.topics()).toSeq(),
                        CollectionConverters.asScala(topics.scores()),
                        topics.primaryTopic(),
                        evidenceColumn(classifier.evidence(vector, topics.topics(), title, text)),
                        summary.text(),
                        CollectionConverters.asScala(summaryRows(summary)).toSeq(),
                        sentences.size(),
                        Words.tokens(text).size(),
                        modelVersion, runId, processedAt, runDate);
            }
        };
    }

    static TermVector termVector(Vector features, String[] vocabulary) {
        SparseVector sparse = features.toSparse();
        int[] indices = sparse.indices();
        String[] terms = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            terms[i] = vocabulary[indices[i]];
        }
        return new TermVector(terms, sparse.values());
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
