package briefing.cli;

import briefing.bench.ScaleCorpus;
import java.util.List;
import org.apache.spark.sql.SparkSession;

final class GenerateCommand implements Command {
    @Override
    public String name() { return "generate"; }

    @Override
    public String summary() { return "build a benchmark corpus of N articles from real paragraphs (JSONL part files)"; }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.required("articles", "N", "how many articles"),
                Flag.required("output", "PATH", "folder to write (replaced)"),
                Flag.optional("corpora", "DIR", "folder of JSONL corpora with title and text (default: ../shared/corpora beside the project)", null),
                Flag.optional("seed", "S", "the same seed gives the same corpus", "1"));
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        line.getInt("articles", 1);
        line.getInt("seed", 0);
        corpora(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        long written = new ScaleCorpus(spark).generate(corpora(line), line.getInt("articles", 1), line.get("output"), line.getInt("seed", 0));
        System.out.println("wrote " + written + " articles to " + line.get("output"));
        return 0;
    }

    static String corpora(CommandLine line) throws UsageException {
        if (line.has("corpora")) return line.get("corpora");
        String home = System.getProperty(ModelDefaults.HOME_PROPERTY);
        if (home == null) throw new UsageException("no --corpora given and no project home to find ../shared/corpora from");
        return home + "/../shared/corpora";
    }
}
