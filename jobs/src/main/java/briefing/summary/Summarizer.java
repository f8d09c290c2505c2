package briefing.summary;

import briefing.text.Sentence;
import briefing.text.TermTable;
import briefing.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks the sentences that best represent a news article: an extractive summary of whole sentences, returned in
 * the article's order. Thread-safe.
 *
 * <h2>What may be chosen</h2>
 * {@link SentenceFilter} tells prose from page furniture (bylines, credits, captions, teasers, video and gallery
 * blocks, highlights boxes, chart sources, headlines in capitals, subscription and share prompts); furniture is never
 * chosen. A headline repeated as the first line is furniture, and one run into the first sentence is taken off it
 * ({@link HeadlineRepeat}); so is a sentence that nearly repeats the title. The wire's dateline is taken off the
 * sentences up to the lede ({@link Dateline}). A sentence that only makes sense after the
 * one before it ({@link SentenceDependency}: "He also noted", "The statement said", the second half of a quote), or that
 * names a person by surname whom only another sentence introduced ({@link PersonMentions}), is chosen only together
 * with that sentence (taken as a pair, ranked by its own value); a sentence that opens a quote and leaves it open
 * comes only with the sentence that
 * closes it (at most {@value #MAX_QUOTE_SENTENCES} in all). Headings, decks, list items, glued or over-long
 * "sentences" and half quotes are not worthy: they only fill up an article that has nothing better.
 *
 * <h2>Scoring</h2>
 * Two scores. A summary of up to {@value #LEARNT_SENTENCES} sentences (the job's default) is chosen by the learnt
 * {@link SentenceScorer}, given one: the chance that a reader picking the three sentences an analyst needs picks this
 * one, from the sentence's {@link SentenceFeatures} and its words. A longer summary, and a Summarizer without a scorer, use the
 * hand-set score below (the labellers' picks say nothing about longer summaries).
 * Each sentence is a vector of the terms the topic model's vectoriser uses ({@link SentenceVector}: words and word
 * pairs without the vectoriser's stop words, weighed {@code (1 + ln tf) * idf^e} with the corpus IDF from the fitted
 * model, L2-normalised). {@link ScoringWeights#DEFAULT} has {@code e = 0}, plain term frequency: on the BBC reference
 * summaries TF-IDF vectors scored 7 ROUGE-2 points lower (IDF lifts rare names and figures that a summary does not
 * repeat).
 * <pre>
 *   score(s)   = (wc * centrality(s) + wp * position(s) + wt * title(s)) / (wc + wp + wt)       in 0..1
 *                (without a title, wt is left out)
 *   centrality = LexRank: PageRank over the graph of the summary-worthy sentences, edges weighted by cosine
 *                similarity, damping 0.15, scaled so the most central sentence is 1     (see {@link LexRank})
 *   position   = 1 / (1 + k / h), k = summary-worthy sentences before s: news puts the point first; counting
 *                only worthy sentences keeps bylines and credits at the top from pushing the lead down
 *   title      = cosine(s, title)
 * </pre>
 * {@link ScoringWeights#DEFAULT}: wc 0.65, wp 0.15 (h 5), wt 0.2, MMR lambda 0.75, lede first; the weights were set
 * on the tuning articles of {@code research/summary-judging} and checked on the BBC reference summaries by
 * {@code briefing evaluate-summaries} (the README has the table of every variant measured).
 *
 * <h2>Choosing</h2>
 * The lede first: the first worthy sentence after the furniture, where news puts the main facts. Then maximal
 * marginal relevance: the next sentence is the worthy one that the rules above allow, that fits the
 * {@link SummaryLength} and maximises {@code lambda * score - (1 - lambda) * max cosine to the chosen ones}; a
 * sentence whose cosine to a chosen one exceeds {@value #MAX_SIMILARITY} is a repeat and never taken
 * ({@link SummarySelection}). When the article runs out of worthy sentences, other prose fills up, best score first,
 * so an article within the budget comes back whole.
 */
public final class Summarizer {
    static final double MAX_SIMILARITY = 0.8;
    static final double HEADLINE_REPEAT_SIMILARITY = 0.85;
    /** A quote that runs over more sentences than this is never chosen: it would fill a summary on its own. */
    static final int MAX_QUOTE_SENTENCES = 3;
    /** The longest summary, in sentences, the learnt scorer chooses: its labellers picked three. */
    static final int LEARNT_SENTENCES = 3;

    private final CorpusStatistics corpus;
    private final ScoringWeights weights;
    private final TermTable stopWords;
    /** Null: the hand-set score of {@link ScoringWeights}. */
    private final SentenceScorer scorer;

    /** Without a corpus: every term weighs the same. The job uses the model's IDF. */
    public Summarizer() {
        this(CorpusStatistics.uniform(), ScoringWeights.DEFAULT);
    }

    public Summarizer(CorpusStatistics corpus) {
        this(corpus, ScoringWeights.DEFAULT);
    }

    public Summarizer(CorpusStatistics corpus, ScoringWeights weights) {
        this(corpus, weights, null);
    }

    /** @param scorer the learnt sentence score, or null for the hand-set score of {@code weights} */
    public Summarizer(CorpusStatistics corpus, ScoringWeights weights, SentenceScorer scorer) {
        this.corpus = corpus;
        this.weights = weights;
        this.scorer = scorer;
        this.stopWords = new TermTable(corpus.stopWords().toArray(new String[0]));
    }

    public Summary summarize(String title, List<Sentence> sentences, int maxSentences) {
        return summarize(title, sentences, SummaryLength.sentences(maxSentences));
    }

    public Summary summarize(String title, List<Sentence> sentences, SummaryLength length) {
        return choose(score(title, sentences), length);
    }

    /** Scores every sentence of the article (in article order). */
    public ScoredArticle score(String title, List<Sentence> sentences) {
        List<Sentence> inOrder = new ArrayList<>(sentences == null ? List.of() : sentences);
        inOrder.sort(Comparator.comparingInt(Sentence::position));
        int n = inOrder.size();
        boolean[] worthy = new boolean[n];
        boolean[] furniture = new boolean[n];
        SentenceVector[] vectors = new SentenceVector[n];
        int characters = title == null ? 0 : title.length();
        for (Sentence s : inOrder) characters += s.text().length();
        // Room for a term (word or word pair) per 4 characters, more than news prose has, so the table rarely grows.
        ArticleTermIds termIds = new ArticleTermIds(stopWords, characters / 4);
        SentenceVector titleVector = title == null ? SentenceVector.EMPTY
                : SentenceVector.ofIds(termIds.ids(title), termIds, corpus, weights.idfExponent());
        int titleWords = title == null ? 0 : Words.count(title);
        int[] antecedent = new int[n];
        String[] prose = new String[n];
        String[] proseLower = new String[n];
        int lede = -1;
        int lastProse = -1;
        int storyStart = Dateline.storyStart(inOrder);
        for (int i = 0; i < n; i++) {
            if (lede < 0) inOrder.set(i, Dateline.without(title == null ? inOrder.get(i) : HeadlineRepeat.withoutTitle(inOrder.get(i), title)));
            String text = inOrder.get(i).text();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean caption = i < storyStart || i + 1 < n && (SentenceFilter.isCreditAfterCaption(inOrder.get(i + 1).text())
                    || SentenceFilter.isTweetSignature(inOrder.get(i + 1).text()));
            SentenceFilter.Verdict verdict = text.isEmpty() || caption ? SentenceFilter.Verdict.FURNITURE : SentenceFilter.judge(text, lower);
            furniture[i] = verdict == SentenceFilter.Verdict.FURNITURE;
            vectors[i] = furniture[i] ? SentenceVector.EMPTY : SentenceVector.ofIds(termIds.idsOfLower(lower), termIds, corpus, weights.idfExponent());
            if (!furniture[i] && repeatsHeadline(vectors[i], text, titleVector, titleWords)) {
                furniture[i] = true;
                vectors[i] = SentenceVector.EMPTY;
            }
            worthy[i] = !furniture[i] && verdict == SentenceFilter.Verdict.WORTHY;
            // After the lede, a sentence that refers back needs the prose sentence before it (furniture in between skipped).
            antecedent[i] = !furniture[i] && lede >= 0
                    && (SentenceDependency.needsPrevious(text, lower) || PersonMentions.pronounWithoutPerson(text)) ? lastProse : -1;
            prose[i] = furniture[i] ? "" : text;
            proseLower[i] = furniture[i] ? "" : lower;
            if (lede < 0 && worthy[i] && !SentenceFilter.opensUnclosedQuote(text)) lede = i;
            if (!furniture[i]) lastProse = i;
        }
        int[][] requires = requirements(antecedent, DefiniteReferences.antecedents(title, prose, proseLower),
                PersonMentions.introducers(title, java.util.Arrays.asList(prose)), lede);
        int[] continuation = quoteContinuations(inOrder, furniture);
        double[][] similarity = SentenceVector.cosines(vectors, termIds.size());
        boolean anyWorthy = false;
        for (boolean w : worthy) anyWorthy |= w;
        boolean[] inGraph = new boolean[n];
        for (int i = 0; i < n; i++) inGraph[i] = anyWorthy ? worthy[i] : !furniture[i];

        double[] centrality = LexRank.centrality(similarity, inGraph);
        boolean hasTitle = !titleVector.isEmpty();
        double weightSum = weights.centrality() + weights.position() + (hasTitle ? weights.title() : 0);
        double[] scores = new double[n];
        double[][] features = new double[n][];
        int[] words = new int[n];
        java.util.Arrays.fill(words, -1);
        double[] picks = scorer == null ? null : new double[n];
        int worthyTotal = 0;
        for (boolean g : inGraph) if (g) worthyTotal++;
        int before = 0;
        for (int i = 0; i < n; i++) {
            double position = 1.0 / (1.0 + before / weights.positionHalfLife());
            double titleSimilarity = hasTitle ? vectors[i].cosine(titleVector) : 0;
            if (!furniture[i]) {
                words[i] = Words.count(inOrder.get(i).text());
                features[i] = SentenceFeatures.of(i == lede, before, worthyTotal, centrality[i], titleSimilarity,
                        lede < 0 ? 0 : i == lede ? 1 : similarity[i][lede], inOrder.get(i).text(), words[i],
                        requires[i].length > 0 || continuation[i] != -1, worthy[i]);
            }
            double sum = weights.centrality() * centrality[i] + weights.position() * position
                    + (hasTitle ? weights.title() * titleSimilarity : 0);
            scores[i] = weightSum > 0 ? sum / weightSum : 0;
            if (scorer != null) picks[i] = furniture[i] ? 0 : scorer.score(features[i], SentenceFeatures.words(inOrder.get(i).text()));
            if (inGraph[i]) before++;
        }
        return new ScoredArticle(inOrder, worthy, furniture, requires, continuation, lede, vectors, words, scores, picks, similarity, features);
    }

    /**
     * The sentence before (when one refers back), the sentence that introduced the thing its opening "The ..." names,
     * and the sentences introducing its people, for sentences after the lede.
     */
    private static int[][] requirements(int[] antecedent, int[] definiteReferent, int[][] introducers, int lede) {
        int n = antecedent.length;
        int[][] requires = new int[n][];
        for (int i = 0; i < n; i++) {
            boolean afterLede = lede >= 0 && i > lede;
            java.util.stream.IntStream ids = afterLede ? java.util.Arrays.stream(introducers[i]) : java.util.stream.IntStream.empty();
            if (antecedent[i] >= 0) ids = java.util.stream.IntStream.concat(ids, java.util.stream.IntStream.of(antecedent[i]));
            if (afterLede && definiteReferent[i] >= 0) ids = java.util.stream.IntStream.concat(ids, java.util.stream.IntStream.of(definiteReferent[i]));
            requires[i] = ids.distinct().toArray();
        }
        return requires;
    }

    /**
     * For a sentence that opens a quote and leaves it open within its paragraph, the next prose sentence, which
     * carries the quote on (and
     * may leave it open in turn, up to {@value #MAX_QUOTE_SENTENCES} sentences in all);
     * {@link ScoredArticle#NO_CONTINUATION_POSSIBLE} when the quote runs on longer or to the article's end, -1 for
     * every other sentence.
     */
    private static int[] quoteContinuations(List<Sentence> sentences, boolean[] furniture) {
        int n = sentences.size();
        int[] continuation = new int[n];
        java.util.Arrays.fill(continuation, -1);
        for (int i = n - 1; i >= 0; i--) {
            if (furniture[i] || !SentenceFilter.opensUnclosedQuote(sentences.get(i).text())) continue;
            int next = i + 1;
            while (next < n && furniture[next]) next++;
            // A quote over several paragraphs opens each one anew and closes only the last: the sentence before a
            // new opening mark ends its paragraph whole.
            if (next < n && opensWithQuote(sentences.get(next).text())) continue;
            continuation[i] = next < n && continuation[next] != ScoredArticle.NO_CONTINUATION_POSSIBLE
                    && chainLength(continuation, next) < MAX_QUOTE_SENTENCES ? next : ScoredArticle.NO_CONTINUATION_POSSIBLE;
        }
        return continuation;
    }

    private static boolean opensWithQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '“' || text.charAt(0) == '"');
    }

    private static int chainLength(int[] continuation, int i) {
        int length = 1;
        for (int j = continuation[i]; j >= 0; j = continuation[j]) length++;
        return length;
    }

    /**
     * A headline repeated in the text, perhaps reworded or run on with a kicker ("Tillerson Out – Pompeo In ... From
     * Bad To Worse?"): nearly the title's terms and not much longer. It says nothing the title does not.
     */
    static boolean repeatsHeadline(SentenceVector sentence, String text, SentenceVector title, int titleWords) {
        return !title.isEmpty() && sentence.cosine(title) >= HEADLINE_REPEAT_SIMILARITY && Words.count(text) <= titleWords + 5;
    }

    /** The lede, then maximal marginal relevance within the length budget, then short prose to fill up. */
    public Summary choose(ScoredArticle article, SummaryLength length) {
        int n = article.size();
        SummarySelection selection = new SummarySelection(article, length);
        int lede = article.lede();
        boolean learnt = length.maxSentences() != null && length.maxSentences() <= LEARNT_SENTENCES;
        if (weights.ledeFirst() && lede >= 0 && selection.canAdd(lede)) {
            selection.add(lede);
        }
        for (int pass = 0; pass < 2; pass++) {
            while (!selection.full()) {
                int best = -1;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    boolean eligible = pass == 0 ? article.worthy(i) : !article.furniture(i);
                    if (!eligible || selection.redundancy(i) > MAX_SIMILARITY) continue;
                    List<Integer> bundle = selection.bundle(i);
                    if (bundle == null) continue;
                    double value = weights.mmrLambda() * (learnt ? article.pickScore(i) : article.score(i)) - (1 - weights.mmrLambda()) * selection.redundancy(i);
                    if (value > bestValue) {
                        bestValue = value;
                        best = i;
                    }
                }
                if (best < 0) break;
                selection.add(best);
            }
        }
        List<Integer> chosen = selection.inArticleOrder();
        List<SummarySentence> summary = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            Sentence s = article.sentence(i);
            summary.add(new SummarySentence(s.position(), s.text(), learnt ? article.pickScore(i) : article.score(i)));
        }
        return new Summary(summary);
    }
}
