package briefing.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall-clock seconds per stage of a run, in the order the stages started, for the run manifest. A stage may run
 * beside others ({@link ModelDecoding}): the times then add up to more than the run's.
 */
final class StageTimes {
    /** A piece of a run that may throw what the run throws. */
    interface Stage<T> {
        T run() throws java.io.IOException;
    }

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String stage, Stage<T> work) throws java.io.IOException {
        long started = System.nanoTime();
        try {
            return work.run();
        } finally {
            add(stage, System.nanoTime() - started);
        }
    }

    /** Puts a stage that runs beside the next ones in its place in the order, at 0 until it {@link #add}s its time. */
    synchronized void reserve(String stage) {
        nanos.putIfAbsent(stage, 0L);
    }

    /** Adds time to a stage, from any thread. */
    synchronized void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    /** Seconds to the millisecond, each stage's times summed when it ran in parts. */
    synchronized Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> seconds.put(stage, Math.round(n / 1e6) / 1000.0));
        return Collections.unmodifiableMap(seconds);
    }
}
