package briefing.summary;

import briefing.text.Sentence;
import briefing.text.Words;
import java.util.List;

/**
 * An article's sentences, in order, with everything the summariser worked out about them: whether each may be
 * chosen, its vector, its length in words, its score and its similarity to every other sentence.
 */
public final class ScoredArticle {
    private final List<Sentence> sentences;
    private final boolean[] worthy;
    private final boolean[] furniture;
    /** {@link #continuation} of a sentence whose open quote cannot be completed: never chosen. */
    static final int NO_CONTINUATION_POSSIBLE = -2;

    private final int[][] requires;
    private final int[] continuation;
    private final int lede;
    private final SentenceVector[] vectors;
    private final int[] words;
    private final double[] scores;
    private final double[][] similarity;
    private final double[][] features;
    /** The learnt scores, null without a scorer. */
    private final double[] picks;

    ScoredArticle(List<Sentence> sentences, boolean[] worthy, boolean[] furniture, int[][] requires, int[] continuation, int lede,
                  SentenceVector[] vectors, int[] words, double[] scores, double[] picks, double[][] similarity, double[][] features) {
        this.sentences = sentences;
        this.worthy = worthy;
        this.furniture = furniture;
        this.requires = requires;
        this.continuation = continuation;
        this.lede = lede;
        this.vectors = vectors;
        this.words = words;
        this.scores = scores;
        this.similarity = similarity;
        this.features = features;
        this.picks = picks;
    }

    public int size() { return sentences.size(); }
    public Sentence sentence(int i) { return sentences.get(i); }
    /** Prose of at least {@link SentenceFilter#MIN_WORDS} words. */
    public boolean worthy(int i) { return worthy[i]; }
    /** Byline, credit, teaser, e-mail, link, dateline: never chosen. */
    public boolean furniture(int i) { return furniture[i]; }
    /**
     * The sentences that sentence {@code i} only makes sense after: the prose sentence before it when it refers back
     * ({@link SentenceDependency}), and the sentences that introduce the people it names by surname alone
     * ({@link PersonMentions}). It is chosen only once they all are; empty when it stands alone.
     */
    public int[] requires(int i) { return requires[i]; }
    /**
     * The sentence that carries on a quote sentence {@code i} opens and does not close: chosen together with it;
     * -1 when the sentence is complete, {@link #NO_CONTINUATION_POSSIBLE} when the quote runs on too long.
     */
    public int continuation(int i) { return continuation[i]; }
    /** The lede: the first prose sentence after the page furniture, -1 when there is none. */
    public int lede() { return lede; }
    public SentenceVector vector(int i) { return vectors[i]; }
    /** The sentence's length in words ({@link Words#count}): counted when scored, or when first asked (furniture). */
    public int words(int i) {
        if (words[i] < 0) words[i] = Words.count(sentences.get(i).text());
        return words[i];
    }
    /** The hand-set score: centrality, position and title ({@link ScoringWeights}). */
    public double score(int i) { return scores[i]; }
    /** The learnt chance that a reader picks sentence {@code i} for a 3-sentence summary; the hand-set score without a scorer. */
    public double pickScore(int i) { return picks == null ? scores[i] : picks[i]; }
    public double similarity(int i, int j) { return similarity[i][j]; }
    /** What the learnt scorer sees of sentence {@code i} ({@link SentenceFeatures}); null for furniture. */
    public double[] features(int i) { return features[i] == null ? null : features[i].clone(); }
}
