package briefing.bench;

import briefing.io.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The benchmark's JSON: the machine and Spark it ran on, a row per size, and the growth between sizes. */
public final class BenchmarkReport {
    private BenchmarkReport() {}

    public static String json(SparkSession spark, List<SizeResult> results) throws JsonProcessingException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", machine(spark));
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (SizeResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("articles", r.articles());
            row.put("input_mib", round(r.inputMib()));
            row.put("generate_seconds", round(r.generateSeconds()));
            row.put("floor_seconds", round(r.floorSeconds()));
            row.put("job_seconds", round(r.jobSeconds()));
            row.put("ratio_to_floor", round(r.ratioToFloor()));
            row.put("articles_per_second", round(r.articlesPerSecond()));
            row.put("mib_per_second", round(r.mibPerSecond()));
            row.put("written", r.written());
            row.put("rejected", r.rejected());
            row.put("stage_seconds", r.stageSeconds());
            row.put("task_seconds", r.taskSeconds());
            row.put("floor_heap_after_gc_peak_mib", round(r.floorHeapMib()));
            row.put("job_heap_after_gc_peak_mib", round(r.jobHeapMib()));
            row.put("floor_output_mib", round(r.output().floorMib()));
            row.put("job_output_mib", round(r.output().jobMib()));
            row.put("job_output_read_seconds", round(r.output().readSeconds()));
            row.put("job_output_copy_seconds", round(r.output().copySeconds()));
            row.put("job_output_write_seconds", round(r.output().writeSeconds()));
            sizes.add(row);
        }
        report.put("sizes", sizes);
        List<Map<String, Object>> growth = new ArrayList<>();
        for (int i = 1; i < results.size(); i++) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("from", results.get(i - 1).articles());
            g.put("to", results.get(i).articles());
            g.put("time_ratio", round(results.get(i).jobSeconds() / results.get(i - 1).jobSeconds()));
            growth.add(g);
        }
        report.put("growth", growth);
        return Json.MAPPER.writeValueAsString(report);
    }

    private static Map<String, Object> machine(SparkSession spark) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpuModel());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memory_gib", round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("spark", spark.version());
        m.put("spark_master", spark.sparkContext().master());
        m.put("default_parallelism", spark.sparkContext().defaultParallelism());
        return m;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture is all we can say
        }
        return System.getProperty("os.arch");
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
