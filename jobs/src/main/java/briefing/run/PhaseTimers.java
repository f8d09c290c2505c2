package briefing.run;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Task time per phase of the per-article work (vectorise, classify, summarise), summed over the executor threads
 * by accumulators. The phases run interleaved inside one task, so no Spark stage time can tell them apart.
 */
final class PhaseTimers implements Serializable {
    static final String VECTORISE = "vectorise";
    static final String CLASSIFY = "classify";
    static final String SUMMARISE = "summarise";

    private final Map<String, LongAccumulator> nanos = new LinkedHashMap<>();

    PhaseTimers(SparkContext spark) {
        for (String phase : new String[] {VECTORISE, CLASSIFY, SUMMARISE}) {
            nanos.put(phase, spark.longAccumulator(phase + " ns"));
        }
    }

    void add(String phase, long nanoseconds) {
        nanos.get(phase).add(nanoseconds);
    }

    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((phase, acc) -> seconds.put(phase, Math.round(acc.value() / 1e6) / 1000.0));
        return seconds;
    }
}
