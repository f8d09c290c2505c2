package briefing.summary.evaluation;

import briefing.summary.SummaryLength;
import briefing.text.Sentence;
import briefing.text.SentenceSplitter;
import briefing.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scores summary systems against reference summaries at equal length: the mean ROUGE-1, ROUGE-2 and ROUGE-L F1
 * over the articles, each system given the same {@link SummaryBudget} per article.
 */
public final class SummaryBenchmark {
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** One system's mean figures, in percent. */
    public record Row(String system, double rouge1, double rouge2, double rougeL, double words) {}

    /** The rows, plus how well the references mapped back to the articles' sentences. */
    public record Result(List<Row> rows, int articles, double referenceTokensMatched) {
        public String toMarkdownTable() {
            StringBuilder sb = new StringBuilder("| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 | words |\n|---|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f |%n", r.system(), r.rouge1(), r.rouge2(), r.rougeL(), r.words()));
            }
            return sb.toString();
        }
    }

    public Result run(List<ReferenceArticle> articles, SummaryBudget budget, List<SummarySystem> systems) {
        double[][] sums = new double[systems.size()][4];
        long referenceTokens = 0;
        long matchedTokens = 0;
        for (ReferenceArticle article : articles) {
            List<Sentence> sentences = splitter.split(article.text());
            int[] words = new int[sentences.size()];
            for (int i = 0; i < words.length; i++) words[i] = Words.tokens(sentences.get(i).text()).size();
            List<Integer> reference = ReferenceSentences.match(sentences, article.summary());
            List<String> referenceTokensList = Rouge.tokens(article.summary());
            referenceTokens += referenceTokensList.size();
            for (int i : reference) matchedTokens += Rouge.tokens(sentences.get(i).text()).size();
            SummaryLength length = budget.lengthFor(article);
            for (int s = 0; s < systems.size(); s++) {
                List<Integer> chosen = systems.get(s).choose(article, sentences, words, reference, length);
                String text = chosen.stream().map(i -> sentences.get(i).text()).collect(Collectors.joining(" "));
                List<String> candidate = Rouge.tokens(text);
                sums[s][0] += Rouge.rougeN(candidate, referenceTokensList, 1).f1();
                sums[s][1] += Rouge.rougeN(candidate, referenceTokensList, 2).f1();
                sums[s][2] += Rouge.rougeL(candidate, referenceTokensList).f1();
                for (int i : chosen) sums[s][3] += words[i];
            }
        }
        int n = Math.max(1, articles.size());
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
            rows.add(new Row(systems.get(s).name(), 100 * sums[s][0] / n, 100 * sums[s][1] / n, 100 * sums[s][2] / n, sums[s][3] / n));
        }
        return new Result(rows, articles.size(), referenceTokens == 0 ? 0 : (double) matchedTokens / referenceTokens);
    }
}
