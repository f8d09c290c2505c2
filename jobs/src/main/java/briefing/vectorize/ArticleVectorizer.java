package briefing.vectorize;

import briefing.text.SublinearTf;
import briefing.text.TermTable;
import briefing.text.WordSpans;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The fitted MLlib vectoriser ({@link TextVectorizer}) reproduced in plain Java, for scoring: one pass over an
 * article's characters gives the same features vector as the pipeline's transform (tokens, stop words, bigrams,
 * vocabulary counts, {@code 1 + ln tf}, IDF, L2 norm), without Spark's per-stage row conversions. The MLlib
 * pipeline stays the contract: it is what training fits and saves, and {@link SavedPipeline} reads this class's
 * parameters from it. A test holds the two to the same vectors.
 */
public final class ArticleVectorizer implements Serializable {
    /**
     * @param titleWeight      how many times the title is repeated before the text
     * @param minTokenLength   shorter tokens are dropped (in UTF-16 units, as Spark counts)
     * @param stopWords        the stop words, lower-cased in {@code stopWordLocale} unless case-sensitive
     * @param bigrams          whether neighbouring words (after stop words) form terms too
     */
    public record Settings(int titleWeight, int minTokenLength, Set<String> stopWords, boolean stopWordsCaseSensitive,
                           Locale stopWordLocale, boolean bigrams) implements Serializable {
        public Settings {
            VectorizerSettings.TITLE_WEIGHT.check(titleWeight);
            if (minTokenLength < 1) throw new IllegalArgumentException("the token length must be at least 1, got " + minTokenLength);
            stopWords = Set.copyOf(stopWords);
        }
    }

    private final Settings settings;
    private final String[] vocabulary;
    private final double[] idf;
    private transient volatile Tables tables;

    public ArticleVectorizer(Settings settings, String[] vocabulary, double[] idf) {
        if (vocabulary.length != idf.length) {
            throw new IllegalArgumentException("vocabulary and idf differ in length: " + vocabulary.length + " vs " + idf.length);
        }
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.idf = idf;
    }

    public String[] vocabulary() {
        return vocabulary;
    }

    /** The features vector of an article: its vocabulary terms by id, in id order, and their weights. */
    public TermVector vectorise(String title, String text) {
        int[] ids = termIds(document(title, text));
        int distinct = 0;
        int[] indices = new int[ids.length];
        double[] values = new double[ids.length];
        for (int i = 0; i < ids.length; ) {
            int j = i;
            while (j < ids.length && ids[j] == ids[i]) j++;
            int count = j - i;
            double tf = SublinearTf.of(count);
            indices[distinct] = ids[i];
            values[distinct] = tf * idf[ids[i]];
            distinct++;
            i = j;
        }
        double squares = 0;
        for (int k = 0; k < distinct; k++) squares += values[k] * values[k];
        double norm = Math.sqrt(squares);
        double[] weights = new double[distinct];
        for (int k = 0; k < distinct; k++) {
            weights[k] = norm != 0.0 ? values[k] / norm : values[k];
        }
        return new TermVector(vocabulary, Arrays.copyOf(indices, distinct), weights);
    }

    /** The pipeline's document: the title and a line break, {@code titleWeight} times, then a line break and the text. */
    String document(String title, String text) {
        String line = (title == null ? "" : title) + "\n";
        return line.repeat(settings.titleWeight()) + "\n" + (text == null ? "" : text);
    }

    /** The vocabulary index of every term occurrence of the document, sorted. */
    private int[] termIds(String document) {
        Tables tables = tables();
        String lower = document.toLowerCase();
        WordSpans words = WordSpans.of(lower, settings.minTokenLength(),
                (text, start, end, hash, ascii) -> isStopWord(tables.stopWords, text, start, end, hash, ascii));
        int[] ids = new int[words.size() * (settings.bigrams() ? 2 : 1)];
        int count = 0;
        for (int w = 0; w < words.size(); w++) {
            int id = tables.vocabulary.find(lower, words.start(w), words.end(w), words.hash(w));
            if (id >= 0) ids[count++] = id;
        }
        if (settings.bigrams()) {
            for (int w = 0; w + 1 < words.size(); w++) {
                int id = tables.vocabulary.findBigram(lower, words.start(w), words.end(w), words.start(w + 1), words.end(w + 1), words.bigramHash(w));
                if (id >= 0) ids[count++] = id;
            }
        }
        int[] sorted = Arrays.copyOf(ids, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Spark lower-cases the token again in the stop-word locale; for ASCII that changes nothing, so the span is
     * looked up as it is, and only other tokens pay for a String.
     */
    private boolean isStopWord(TermTable stopWords, String lower, int start, int end, int hash, boolean ascii) {
        if (ascii || settings.stopWordsCaseSensitive()) return stopWords.find(lower, start, end, hash) >= 0;
        return settings.stopWords().contains(lower.substring(start, end).toLowerCase(settings.stopWordLocale()));
    }


    /** The lookup tables, built once per JVM that scores (they are not serialised with the vectoriser). */
    private Tables tables() {
        Tables built = tables;
        if (built == null) {
            synchronized (this) {
                built = tables;
                if (built == null) {
                    built = new Tables(new TermTable(vocabulary), new TermTable(settings.stopWords().toArray(new String[0])));
                    tables = built;
                }
            }
        }
        return built;
    }

    private record Tables(TermTable vocabulary, TermTable stopWords) {}
}
