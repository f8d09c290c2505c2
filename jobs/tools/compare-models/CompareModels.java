import briefing.model.ModelBundle;
import briefing.topics.*;
import briefing.vectorize.*;
import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
/**
 * Scores the same articles with two models and prints how many get other topics and the largest score difference:
 * the check that a model rebuilt from its card is the committed one. Usage: run.sh MODEL_A MODEL_B ARTICLES_PER_FILE JSONL[.gz]...
 */
public class CompareModels {
  public static void main(String[] a) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    ModelBundle m1 = ModelBundle.load(spark, a[0]), m2 = ModelBundle.load(spark, a[1]);
    spark.stop();
    ObjectMapper json = new ObjectMapper(); int n = 0, differ = 0; double maxd = 0;
    for (int k = 3; k < a.length; k++) {
      InputStream in = new FileInputStream(a[k]); if (a[k].endsWith(".gz")) in = new GZIPInputStream(in);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, "UTF-8")); String line; int c = 0;
      while ((line = r.readLine()) != null && c++ < Integer.parseInt(a[2])) {
        JsonNode j = json.readTree(line); String t = j.path("title").asText(null), x = j.path("text").asText("");
        TopicAssignment t1 = m1.classifier().classify(m1.pipeline().vectorizer().vectorise(t, x));
        TopicAssignment t2 = m2.classifier().classify(m2.pipeline().vectorizer().vectorise(t, x));
        n++; if (!t1.topics().equals(t2.topics())) differ++;
        for (String topic : Topics.ALL) maxd = Math.max(maxd, Math.abs(t1.scores().get(topic) - t2.scores().get(topic)));
      }
    }
    System.out.printf("%d articles, %d with other topics, largest score difference %.3g%n", n, differ, maxd);
  }
}
