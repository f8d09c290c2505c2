import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embeds each {id, title, text} line of a JSONL file with all-MiniLM-L6-v2 (quantised ONNX, run in process) and
 * writes OUT.f32 (384 little-endian floats per line) and OUT.ids. The text embedded is the title, ". ", and the
 * body with runs of white space folded, cut at MAX_CHARS. Prints the wall time and the CPU time per article.
 * Usage: java -cp ... Embed.java INPUT.jsonl OUT MAX_CHARS THREADS
 */
public class Embed {
    public static void main(String[] args) throws Exception {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var json = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int maxChars = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        float[][] vectors = new float[lines.size()][];
        String[] ids = new String[lines.size()];
        long wallStart = System.nanoTime();
        long cpuStart = java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof
                com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int k = i;
            done.add(pool.submit(() -> {
                JsonNode row = json.readTree(lines.get(k));
                ids[k] = row.get("id").asText();
                String doc = row.path("title").asText("") + ". " + row.path("text").asText("").replaceAll("\\s+", " ");
                vectors[k] = model.embed(TextSegment.from(doc.substring(0, Math.min(doc.length(), maxChars))))
                        .content().vector();
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long cpuEnd = java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof
                com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        System.out.printf("%d articles in %.1f s wall on %d threads; process CPU %.1f ms per article%n",
                lines.size(), wall, threads, (cpuEnd - cpuStart) / 1e6 / lines.size());
        try (var out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[1] + ".f32")));
                var idOut = new PrintWriter(args[1] + ".ids")) {
            ByteBuffer buffer = ByteBuffer.allocate(384 * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < vectors.length; i++) {
                buffer.clear();
                for (float v : vectors[i]) buffer.putFloat(v);
                out.write(buffer.array());
                idOut.println(ids[i]);
            }
        }
    }
}
