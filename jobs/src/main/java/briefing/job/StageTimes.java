package briefing.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock seconds per stage of a run, in the order the stages ran, for the run manifest. */
final class StageTimes {
    /** A piece of a run that may throw what the run throws. */
    interface Stage<T> {
        T run() throws java.io.IOException;
    }

    private final Map<String, Double> seconds = new LinkedHashMap<>();

    <T> T time(String stage, Stage<T> work) throws java.io.IOException {
        long started = System.nanoTime();
        try {
            return work.run();
        } finally {
            seconds.merge(stage, Math.round((System.nanoTime() - started) / 1e6) / 1000.0, Double::sum);
        }
    }

    Map<String, Double> seconds() {
        return Collections.unmodifiableMap(seconds);
    }
}
