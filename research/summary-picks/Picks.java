import briefing.model.ModelBundle;
import briefing.summary.*;
import briefing.text.*;
import com.fasterxml.jackson.databind.*;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.nio.file.*;
import java.util.*;
import org.apache.spark.sql.SparkSession;
import briefing.summary.evaluation.*;
import org.tribuo.*;
import org.tribuo.classification.*;
import org.tribuo.classification.liblinear.*;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
/**
 * How close each way of choosing a 3-sentence summary comes to the labellers' picks (GUIDE.md), per article:
 * the clean Lead-3, the hand-set scorer, and the learnt scorer in 5-fold cross-validation by article (trained on
 * four folds' picks, choosing on the fifth). Prints the labellers' agreement (kappa over sentences), each system's
 * mean overlap with a labeller's three, and each system against Lead-3: articles where it overlaps the labellers more,
 * less, or the same. Usage: java-tool.sh Picks.java MODEL_DIR ARTICLES_JSONL ANSWER_FILES...
 * (answer files come in labeller pairs named *.labeller-A.txt / *.labeller-B.txt)
 */
public class Picks {
  record Article(String id, ScoredArticle hand, List<int[]> picks, Set<Integer> lead3) {}

  public static void main(String[] a) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    CorpusStatistics corpus = ModelBundle.load(spark, a[0]).pipeline().corpusStatistics();
    spark.stop();
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(a[1]))) { JsonNode j = json.readTree(line); byId.put(j.path("id").asText(), j); }
    Map<String, List<int[]>> picks = new LinkedHashMap<>();
    Map<String, List<String>> labellers = new HashMap<>();
    for (int k = 2; k < a.length; k++) for (String line : Files.readAllLines(Path.of(a[k]))) {
      String[] p = line.trim().split("\\s+");
      if (p.length < 2 || p[0].startsWith("#") || !byId.containsKey(p[0])) continue;
      labellers.computeIfAbsent(p[0], x -> new ArrayList<>()).add(Path.of(a[k]).getFileName().toString().replace(".txt", "").replace(".labeller-", "-"));
      picks.computeIfAbsent(p[0], x -> new ArrayList<>()).add(Arrays.stream(p, 1, p.length).filter(x -> x.matches("\\d+")).mapToInt(Integer::parseInt).toArray());
    }
    Summarizer hand = new Summarizer(corpus, ScoringWeights.DEFAULT);
    SentenceSplitter splitter = new SentenceSplitter();
    List<Article> articles = new ArrayList<>();
    Map<String, List<Sentence>> sentencesOf = new HashMap<>();
    for (var e : picks.entrySet()) {
      if (e.getValue().size() < 2) continue;
      JsonNode j = byId.get(e.getKey());
      String[] cleaned = briefing.io.ArticleValidator.cleanedTitleAndText(j.path("title").asText(null), j.path("text").asText(""));
      List<Sentence> sentences = splitter.split(cleaned[1]);
      sentencesOf.put(e.getKey(), sentences);
      articles.add(new Article(e.getKey(), hand.score(cleaned[0], sentences), e.getValue(), lead3(sentences)));
    }
    System.out.println(articles.size() + " articles with two labellers; kappa over sentences " + String.format("%.3f", kappa(articles)));
    Map<String, List<Set<Integer>>> systems = new LinkedHashMap<>();
    systems.put("lead3", articles.stream().map(Article::lead3).toList());
    systems.put("hand-set", articles.stream().map(x -> chosen(hand, x.hand())).toList());
    for (double c : new double[] {0.1}) for (double lambda : new double[] {0.75, 0.6, 0.5}) for (boolean ledeFirst : new boolean[] {true}) {
      List<Set<Integer>> learnt = new ArrayList<>(Collections.nCopies(articles.size(), null));
      for (int fold = 0; fold < 5; fold++) {
        List<Article> train = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) if (foldOf(articles.get(i).id()) != fold) train.add(articles.get(i));
        SentenceScorer scorer = train(train, c);
        Summarizer s = new Summarizer(corpus, ScoringWeights.DEFAULT.withLedeFirst(ledeFirst).withMmr(lambda), scorer);
        for (int i = 0; i < articles.size(); i++) {
          Article x = articles.get(i);
          if (foldOf(x.id()) != fold) continue;
          JsonNode j = byId.get(x.id());
          learnt.set(i, chosen(s, s.score(briefing.io.ArticleValidator.cleanedTitleAndText(j.path("title").asText(null), "")[0], sentencesOf.get(x.id()))));
        }
      }
      systems.put("learnt C=" + c + " lambda " + lambda, learnt);
      if (System.getenv("SHOW") != null && lambda == 0.75) for (int i = 0, shown = 0; i < articles.size() && shown < 8; i++) {
        Article x = articles.get(i);
        if (!learnt.get(i).equals(x.lead3())) continue;
        shown++;
        System.out.println("\n" + x.id() + " humans " + Arrays.toString(x.picks().get(0)) + Arrays.toString(x.picks().get(1)) + " learnt " + learnt.get(i) + " lead3 " + x.lead3());
        Set<Integer> show = new TreeSet<>(x.lead3()); for (int[] p : x.picks()) for (int q : p) show.add(q);
        for (int k : show) { String t = x.hand().sentence(k).text(); System.out.println("  [" + k + "] " + t.substring(0, Math.min(220, t.length()))); }
      }
      if (lambda == 0.75) { SentenceScorer all = train(articles, c); double[] w = all.weights();
        StringBuilder b = new StringBuilder("learnt on all (C=" + c + "): bias " + String.format("%.2f", all.bias()));
        for (int k = 0; k < w.length; k++) b.append(String.format(", %s %.2f", SentenceFeatures.NAMES.get(k), w[k]));
        System.out.println(b); }
    }
    List<Set<Integer>> labellerA = new ArrayList<>();
    for (Article x : articles) labellerA.add(set(x.picks().get(0)));
    if (System.getenv("WRITE_LABELS") != null) {
      try (var out = Files.newBufferedWriter(Path.of(System.getenv("WRITE_LABELS")))) {
        for (Article x : articles) for (int k = 0; k < x.picks().size(); k++) {
          var row = json.createObjectNode(); row.put("id", x.id()); row.put("labeller", labellers.get(x.id()).get(k));
          var positions = row.putArray("sentences"); var hashes = row.putArray("sentence_sha256");
          for (int p : x.picks().get(k)) { positions.add(p);
            hashes.add(briefing.io.HadoopFiles.sha256(sentencesOf.get(x.id()).get(p).text()).substring(0, 12)); }
          out.write(json.writeValueAsString(row) + "\n");
        }
      }
      return;
    }
    if (System.getenv("EXPORT") != null) {
      String[] io = System.getenv("EXPORT").split(":");
      Summarizer learnt = new Summarizer(corpus, ScoringWeights.DEFAULT, train(articles, 0.1));
      try (var out = Files.newBufferedWriter(Path.of(io[1]))) {
        for (String line : Files.readAllLines(Path.of(io[0]))) {
          JsonNode j = json.readTree(line);
          String title = j.path("title").asText(null);
          String[] cleaned = briefing.io.ArticleValidator.cleanedTitleAndText(title, j.path("text").asText(""));
          Summary summary = learnt.summarize(cleaned[0], splitter.split(cleaned[1]), 3);
          var row = json.createObjectNode(); row.put("id", j.path("id").asText()); row.put("title", title); row.put("summary", summary.text());
          out.write(json.writeValueAsString(row) + "\n");
        }
      }
      return;
    }
    if (System.getenv("BBC") != null) bbc(System.getenv("BBC"), corpus, train(articles, 0.1));
    System.out.printf("%-30s %8s %8s %14s %8s%n", "system", "overlap", "exact", "vs lead3 +/-/=", "=lead3");
    for (var e : systems.entrySet()) {
      double overlap = 0; int exact = 0, more = 0, less = 0, same = 0;
      for (int i = 0; i < articles.size(); i++) {
        Article x = articles.get(i);
        int o = overlap(e.getValue().get(i), x.picks()), l = overlap(x.lead3(), x.picks());
        overlap += o / (3.0 * x.picks().size());
        for (int[] p : x.picks()) if (e.getValue().get(i).equals(set(p))) exact++;
        if (o > l) more++; else if (o < l) less++;
        if (e.getValue().get(i).equals(x.lead3())) same++;
      }
      System.out.printf("%-30s %8.3f %8.3f %6d/%d/%d %8d%n", e.getKey(), overlap / articles.size(), exact / (2.0 * articles.size()), more, less, articles.size() - more - less, same);
    }
  }

  static void bbc(String path, CorpusStatistics corpus, SentenceScorer scorer) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<ReferenceArticle> refs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(path))) { JsonNode r = json.readTree(line);
      refs.add(new ReferenceArticle(r.path("id").asText(""), r.path("title").asText(null), r.path("text").asText(""), r.path("summary").asText(""))); }
    var systems = List.of(SummarySystem.lead(), SummarySystem.centroid(corpus),
        SummarySystem.summarizer("hand-set", new Summarizer(corpus, ScoringWeights.DEFAULT)),
        SummarySystem.summarizer("learnt", new Summarizer(corpus, ScoringWeights.DEFAULT, scorer)));
    System.out.println(new SummaryBenchmark().run(refs, new SummaryBudget(System.getenv().getOrDefault("BUDGET", "ratio:0.4")), systems).toMarkdownTable());
  }

  static final boolean PAIRWISE = System.getenv("PAIRWISE") != null;
  static final boolean NO_LEDE = System.getenv("NO_LEDE") != null;

  static int foldOf(String id) { return Math.floorMod(id.hashCode(), 5); }

  static Set<Integer> set(int[] p) { Set<Integer> s = new TreeSet<>(); for (int x : p) s.add(x); return s; }

  static int overlap(Set<Integer> chosen, List<int[]> picks) {
    int o = 0; for (int[] p : picks) for (int x : p) if (chosen.contains(x)) o++; return o;
  }

  static Set<Integer> chosen(Summarizer s, ScoredArticle scored) {
    Set<Integer> out = new TreeSet<>();
    for (SummarySentence x : s.choose(scored, SummaryLength.sentences(3)).sentences()) out.add(x.position());
    return out;
  }

  /** judging.py's clean Lead-3 on the job's sentences: the first three of 40 characters or more that end like a sentence. */
  static Set<Integer> lead3(List<Sentence> sentences) {
    Set<Integer> out = new TreeSet<>();
    for (Sentence s : sentences) {
      String t = s.text();
      if (t.length() >= 40 && t.matches("(?s).*[.!?\"'”’)]$")) out.add(s.position());
      if (out.size() == 3) break;
    }
    return out;
  }

  static double kappa(List<Article> articles) {
    long both = 0, none = 0, onlyA = 0, onlyB = 0;
    for (Article x : articles) {
      Set<Integer> A = set(x.picks().get(0)), B = set(x.picks().get(1));
      for (int i = 0; i < x.hand().size(); i++) {
        boolean p = A.contains(x.hand().sentence(i).position()), q = B.contains(x.hand().sentence(i).position());
        if (p && q) both++; else if (p) onlyA++; else if (q) onlyB++; else none++;
      }
    }
    double n = both + none + onlyA + onlyB, po = (both + none) / n;
    double pa = (both + onlyA) / n, pb = (both + onlyB) / n, pe = pa * pb + (1 - pa) * (1 - pb);
    return (po - pe) / (1 - pe);
  }

  static SentenceScorer train(List<Article> articles, double c) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("picks", factory), factory);
    String[] names = SentenceFeatures.NAMES.toArray(new String[0]);
    if (PAIRWISE) for (Article x : articles) for (int[] p : x.picks()) {
      Set<Integer> picked = set(p);
      for (int i = 0; i < x.hand().size(); i++) {
        double[] fi = x.hand().features(i);
        if (fi == null || !picked.contains(x.hand().sentence(i).position())) continue;
        for (int j = 0; j < x.hand().size(); j++) {
          double[] fj = x.hand().features(j);
          if (fj == null || picked.contains(x.hand().sentence(j).position())) continue;
          double[] d = new double[fi.length], e = new double[fi.length];
          for (int k = 0; k < d.length; k++) { d[k] = fi[k] - fj[k]; e[k] = -d[k]; }
          data.add(new ArrayExample<>(new Label("picked"), names, d));
          data.add(new ArrayExample<>(new Label("not"), names, e));
        }
      }
    }
    else for (Article x : articles) for (int[] p : x.picks()) {
      Set<Integer> picked = set(p);
      for (int i = 0; i < x.hand().size(); i++) {
        double[] f = x.hand().features(i);
        if (f == null || (NO_LEDE && i == x.hand().lede())) continue;
        data.add(new ArrayExample<>(new Label(picked.contains(x.hand().sentence(i).position()) ? "picked" : "not"), names, f));
      }
    }
    var trainer = new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), c, 1000, 0.01, 1L);
    Model<Label> m = trainer.train(data);
    Map<String, Double> w = new HashMap<>();
    for (Pair<String, Double> p : ((LibLinearClassificationModel) m).getTopFeatures(-1).get("picked")) w.put(p.getA(), p.getB());
    double[] weights = new double[names.length];
    for (int i = 0; i < names.length; i++) weights[i] = w.getOrDefault(names[i], 0.0);
    double[] zero = new double[names.length];
    double pz = m.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, zero)).getOutputScores().get("picked").getScore();
    return new SentenceScorer(weights, PAIRWISE ? 0 : Math.log(pz) - Math.log1p(-pz), Map.of());
  }
}
