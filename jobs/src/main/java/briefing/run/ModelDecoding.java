package briefing.run;

import briefing.model.ModelBundle;
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
    private final CompletableFuture<ModelBundle> decoded;

    private ModelDecoding(CompletableFuture<ModelBundle> decoded) {
        this.decoded = decoded;
    }

    /** @param jobGroup the run's Spark job group, cancelled when the model turns out to be corrupt */
    static ModelDecoding start(ModelBundle.CheckedFiles files, StageTimes stages, SparkContext spark, String jobGroup) {
        stages.reserve(STAGE);
        CompletableFuture<ModelBundle> decoded = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                return files.decode();
            } finally {
                stages.add(STAGE, System.nanoTime() - started);
            }
        });
        decoded.whenComplete((model, failure) -> {
            if (failure != null) spark.cancelJobGroup(jobGroup);
        });
        return new ModelDecoding(decoded);
    }

    /** The decoded model, once ready. */
    ModelBundle await() {
        try {
            return decoded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
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
