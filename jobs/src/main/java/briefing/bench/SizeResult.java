package briefing.bench;

import java.util.Map;

/**
 * One corpus size of a throughput benchmark.
 *
 * @param floorSeconds     wall time of the I/O floor (the same read and write, no language work)
 * @param jobSeconds       wall time of the full job (the run, from its start to its manifest)
 * @param stageSeconds     the job's wall time per stage, as in its run manifest
 * @param taskSeconds      task time (summed over the executor threads) spent vectorising, classifying and summarising
 * @param floorHeapMib     peak heap after a collection during the floor, MiB
 * @param jobHeapMib       peak heap after a collection during the job, MiB
 */
public record SizeResult(long articles, double inputMib, double generateSeconds, double floorSeconds, double jobSeconds,
                         long written, long rejected, Map<String, Double> stageSeconds, Map<String, Double> taskSeconds,
                         double floorHeapMib, double jobHeapMib) {

    public double ratioToFloor() {
        return jobSeconds / floorSeconds;
    }

    public double articlesPerSecond() {
        return articles / jobSeconds;
    }

    public double mibPerSecond() {
        return inputMib / jobSeconds;
    }
}
