package briefing.cli;

import briefing.bench.SummaryEvaluation;
import briefing.summary.evaluation.SummaryBenchmark;
import briefing.summary.evaluation.SummaryBudget;
import java.util.List;
import org.apache.spark.sql.SparkSession;

final class EvaluateSummariesCommand implements Command {
    @Override
    public String name() { return "evaluate-summaries"; }

    @Override
    public String summary() { return "ROUGE-1/2/L F1 of the summariser, Lead, a TF-IDF centroid baseline and the oracle against reference summaries"; }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.required("input", "FILE", "JSONL with id, title, text and summary (extractive reference: sentences of the text)"),
                Flag.optional("budget", "BUDGET", "length of every summary: reference (the reference's words), ratio:R, sentences:N or words:W", "reference"),
                Flag.optional("model", "DIR", "model whose IDF and stop words the summariser uses (default: the project's models/topics)", null),
                Flag.optional("summary-model", "DIR", "the summariser's sentence scorer (default: the project's models/summary)", null));
    }

    @Override
    public void validate(CommandLine line) throws UsageException {
        budget(line);
        ModelDefaults.modelDir(line);
    }

    @Override
    public int run(CommandLine line, SparkSession spark) throws Exception {
        long start = System.nanoTime();
        SummaryBudget budget = budget(line);
        SummaryBenchmark.Result result = new SummaryEvaluation(spark).run(line.get("input"), ModelDefaults.modelDir(line), ModelDefaults.summaryModelDir(line), budget);
        System.out.printf("%d articles of %s, budget %s; reference tokens found in the articles' sentences: %.1f%%%n%n",
                result.articles(), line.get("input"), budget.spec(), 100 * result.referenceTokensMatched());
        System.out.print(result.toMarkdownTable());
        System.out.printf("%n(%.1f s)%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static SummaryBudget budget(CommandLine line) throws UsageException {
        try {
            return new SummaryBudget(line.get("budget"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
