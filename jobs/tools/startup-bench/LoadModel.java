import briefing.model.ModelBundle;
import java.lang.management.ManagementFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The job's model-loading step alone (ModelBundle.load, what the run's load_model stage times), three times in one
 * JVM after a local session has started: the first is what a run pays (cold classes and JIT), the others the warm
 * cost. Prints wall-clock and process CPU seconds, the CPU figure being less disturbed by other work on the machine.
 * Usage (from the project root, after a build):
 *   java @bin/spark-jvm.options -Dlog4j2.configurationFile=bin/log4j2.properties \
 *     -cp "jobs/target/classes:$(cat jobs/target/launcher.classpath)" jobs/tools/startup-bench/LoadModel.java [MODEL (models/topics)]
 */
public final class LoadModel {
    public static void main(String[] args) {
        String location = args.length > 0 ? args[0] : "models/topics";
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SparkSession spark = SparkSession.builder().master("local[*]").config("spark.ui.enabled", "false").getOrCreate();
        try {
            for (int i = 1; i <= 3; i++) {
                long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
                ModelBundle model = ModelBundle.load(spark, ModelBundle.resolve(spark, location));
                System.out.printf("load %d of %s: %.2f s wall, %.2f s CPU%n", i, model.metadata().modelVersion(),
                        (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
        } finally {
            spark.stop();
        }
    }
}
