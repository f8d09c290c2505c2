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
 * @param output           what the floor and the job wrote, and what copying the job's output took
 */
public record SizeResult(long articles, double inputMib, double generateSeconds, double floorSeconds, double jobSeconds,
                         long written, long rejected, Map<String, Double> stageSeconds, Map<String, Double> taskSeconds,
                         double floorHeapMib, double jobHeapMib, Output output) {

    /**
     * @param floorMib    size of the floor's table (its computed columns empty), MiB
     * @param jobMib      size of the job's articles table for the run date (as copied), MiB
     * @param readSeconds wall time to read the job's articles table back (every column decoded, nothing written)
     * @param copySeconds wall time to read it and write it again with the job's writer
     */
    public record Output(double floorMib, double jobMib, double readSeconds, double copySeconds) {
        /** What writing the job's real output costs: the copy less its read. */
        public double writeSeconds() {
            return copySeconds - readSeconds;
        }
    }

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
