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

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String stage, Stage<T> work) throws java.io.IOException {
        long started = System.nanoTime();
        try {
            return work.run();
        } finally {
            nanos.merge(stage, System.nanoTime() - started, Long::sum);
        }
    }

    /** Seconds to the millisecond, each stage's times summed when it ran in parts. */
    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> seconds.put(stage, Math.round(n / 1e6) / 1000.0));
        return Collections.unmodifiableMap(seconds);
    }
}
