package briefing.run;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import briefing.io.ArticleValidator;
import briefing.io.RejectReason;
import briefing.topics.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * The counts of the rows a run writes, taken while the tables are written ({@link Dataset#observe}: Spark aggregates
 * them in the writing tasks, so no second pass reads the tables back): articles written, per topic and without one,
 * and rejects per reason. The run checks them against the records it read. The observed rows are those of the write's
 * final stage, whose tasks Spark counts once however often they are retried: keep the observation right before the
 * write (a shuffle between the two would count a retried stage twice).
 */
final class WrittenCounts {
    private static final String ROWS = "rows";
    private static final String WITHOUT_TOPIC = "without_topic";
    private final Observation articles;
    private final Observation rejects;
    private boolean rejectsWritten;

    WrittenCounts(String runId) {
        this.articles = new Observation("articles-" + runId);
        this.rejects = new Observation("rejects-" + runId);
    }

    /** The articles to write, counted as they are written. */
    Dataset<Row> articles(Dataset<Row> rows) {
        List<Column> counts = new ArrayList<>(List.of(countWhere(size(col("topics")).equalTo(0)).as(WITHOUT_TOPIC)));
        for (String topic : Topics.ALL) counts.add(countWhere(array_contains(col("topics"), topic)).as(topic));
        return rows.observe(articles, count(lit(1)).as(ROWS), counts.toArray(new Column[0]));
    }

    /** The rejects to write, counted per reason as they are written. */
    Dataset<Row> rejects(Dataset<Row> rows) {
        rejectsWritten = true;
        List<Column> counts = new ArrayList<>();
        for (RejectReason reason : RejectReason.values()) counts.add(countWhere(col(ArticleValidator.REASON).equalTo(reason.name())).as(reason.name()));
        return rows.observe(rejects, count(lit(1)).as(ROWS), counts.toArray(new Column[0]));
    }

    /**
     * Once the tables are written: a run that had no reject wrote no rejects table and counts none. Spark hands the
     * counts over on its listener bus after the write; a run waits at most {@link #WAIT} for them and fails rather than
     * hang.
     */
    Counted counted() throws InterruptedException {
        Map<String, Object> a = await(articles, "articles");
        Map<String, Long> topicCounts = new LinkedHashMap<>();
        for (String topic : Topics.ALL) topicCounts.put(topic, asLong(a.get(topic)));
        Map<String, Long> byReason = new TreeMap<>();
        if (rejectsWritten) {
            Map<String, Object> r = await(rejects, "rejects");
            for (RejectReason reason : RejectReason.values()) {
                long n = asLong(r.get(reason.name()));
                if (n > 0) byReason.put(reason.name(), n);
            }
            long other = asLong(r.get(ROWS)) - byReason.values().stream().mapToLong(Long::longValue).sum();
            if (other != 0) throw new IllegalStateException(other + " rejects carry a reason outside the contract");
        }
        long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
        return new Counted(asLong(a.get(ROWS)), rejected, byReason, topicCounts, asLong(a.get(WITHOUT_TOPIC)));
    }

    static final Duration WAIT = Duration.create(10, TimeUnit.MINUTES);

    private static Map<String, Object> await(Observation observation, String table) throws InterruptedException {
        try {
            Await.ready(observation.future(), WAIT);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Spark did not report the counts of the " + table + " written within " + WAIT
                    + " (" + e + "); nothing was published: run again", e);
        }
        Map<String, Object> counts = observation.getAsJava();
        if (!counts.containsKey(ROWS)) {
            throw new IllegalStateException("Spark reported no counts for the " + table + " written; nothing was published: run again");
        }
        return counts;
    }

    record Counted(long written, long rejected, Map<String, Long> rejectedByReason, Map<String, Long> topicCounts, long withoutTopic) {}

    private static Column countWhere(Column condition) {
        return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
