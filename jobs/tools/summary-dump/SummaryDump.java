
import briefing.model.ModelBundle;
import briefing.model.SummaryModel;
import briefing.summary.*;
import briefing.text.*;
import briefing.topics.*;
import briefing.vectorize.ArticleVectorizer;
import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
/**
 * Writes every article's summariser output — each sentence's verdict, the default summary with its scores, the size of
 * the 40% summary, the topic summaries and every sentence's score — so two builds can be compared with cmp: the check
 * behind "output identical" in the commit messages. Usage: run.sh MODEL_DIR OUT ARTICLES_PER_FILE JSONL[.gz]... The summariser
 * is the job's, with the sentence scorer of models/summary (SUMMARY_MODEL to name another).
 */
public class SummaryDump {
  public static void main(String[] a) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    ModelBundle model = ModelBundle.load(spark, a[0]);
    ArticleVectorizer vectorizer = model.pipeline().vectorizer();
    TopicClassifier classifier = model.classifier();
    CorpusStatistics corpus = model.pipeline().corpusStatistics();
    TopicFocus focus = new TopicFocus(classifier.termWeights());
    spark.stop();
    String summaryModel = System.getenv().getOrDefault("SUMMARY_MODEL", "models/summary");
    Summarizer summarizer = new Summarizer(corpus, ScoringWeights.DEFAULT,
        SummaryModel.load(new org.apache.hadoop.conf.Configuration(), summaryModel).scorerFor(corpus));
    SentenceSplitter splitter = new SentenceSplitter();
    ObjectMapper json = new ObjectMapper();
    PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(a[1])));
    int limit = Integer.parseInt(a[2]);
    for (int k = 3; k < a.length; k++) {
      InputStream in = new FileInputStream(a[k]); if (a[k].endsWith(".gz")) in = new GZIPInputStream(in);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, "UTF-8")); String line; int n = 0;
      while ((line = r.readLine()) != null && n++ < limit) {
        JsonNode j = json.readTree(line);
        String title = j.path("title").asText(null); String text = j.path("text").asText(j.path("article").asText(""));
        List<Sentence> sentences = splitter.split(text);
        StringBuilder v = new StringBuilder(); for (Sentence s : sentences) v.append(SentenceFilter.judge(s.text()).ordinal());
        ScoredArticle scored = summarizer.score(title, sentences);
        TopicAssignment topics = classifier.classify(vectorizer.vectorise(title, text));
        out.println(a[k] + "#" + n + " " + v + " " + summarizer.choose(scored, SummaryLength.sentences(3)).sentences() + " " + summarizer.choose(scored, SummaryLength.ratio(0.4)).sentences().size()
            + " " + focus.summaries(scored, topics.topics(), SummaryLength.sentences(3), corpus));
        for (int i = 0; i < scored.size(); i++) out.print(scored.score(i) + ",");
        out.println();
      }
    }
    out.close();
  }
}
