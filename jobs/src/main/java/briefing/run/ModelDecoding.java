package briefing.run;

import briefing.model.ModelBundle;
import briefing.model.SummaryModel;
import briefing.summary.SentenceScorer;
import briefing.model.ModelLoadException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.SparkContext;

/**
 * Decodes a checked model on a thread of its own while the run reads and validates its input: on a small batch the
 * decoding is as long as those stages. Its time goes to the run's {@code load_model} stage. When the decoding fails,
 * the run's Spark jobs are cancelled, so a corrupt model stops the run at once, before anything is written.
 */
final class ModelDecoding {
    static final String STAGE = "load_model";
    private final CompletableFuture<Decoded> decoded;

    /** The topic model and the summariser's sentence scorer, checked to fit the topic model's stop words. */
    record Decoded(ModelBundle topics, SentenceScorer scorer) {}

    private ModelDecoding(CompletableFuture<Decoded> decoded) {
        this.decoded = decoded;
    }

    /** @param jobGroup the run's Spark job group, cancelled when the model turns out to be corrupt */
    static ModelDecoding start(ModelBundle.CheckedFiles files, SummaryModel.CheckedFiles summary, StageTimes stages, SparkContext spark,
                               String jobGroup) {
        stages.reserve(STAGE);
        CompletableFuture<Decoded> decoded = new CompletableFuture<>();
        // A thread of its own, not the common pool: the decoding fans out to that pool itself.
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            Decoded model = null;
            Throwable failure = null;
            try {
                ModelBundle topics = files.decode();
                model = new Decoded(topics, summary.decode().scorerFor(topics.pipeline().corpusStatistics()));
            } catch (Throwable e) {
                failure = e;
            }
            // Timed before anyone waiting can go on, so the manifest always holds the stage's time.
            stages.add(STAGE, System.nanoTime() - started);
            if (failure == null) {
                decoded.complete(model);
            } else {
                decoded.completeExceptionally(failure);
                spark.cancelJobGroup(jobGroup);
            }
        }, "briefing-model-decoding");
        thread.setDaemon(true);
        thread.start();
        return new ModelDecoding(decoded);
    }

    /** The decoded models, once ready. */
    Decoded await() {
        try {
            return decoded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** The decoding's failure, when it failed (a cancelled Spark job is then only its consequence). */
    ModelLoadException failure() {
        if (!decoded.isCompletedExceptionally()) return null;
        try {
            decoded.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() instanceof ModelLoadException m ? m : new ModelLoadException("cannot decode the model: " + e.getCause(), e.getCause());
        }
    }
}
