package briefing.vectorize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * Reads a fitted {@link TextVectorizer} pipeline into an {@link ArticleVectorizer}. It accepts only the stages and
 * parameters {@link TextVectorizer#pipeline} builds, and refuses anything else, so the plain-Java vectoriser can
 * never silently disagree with the model it scores for.
 */
public final class FittedPipeline {
    private static final int MAX_TITLE_WEIGHT = 100;

    private FittedPipeline() {}

    public static ArticleVectorizer vectorizer(PipelineModel fitted) {
        Transformer[] stages = fitted.stages();
        if (stages.length != 9) throw refused("it has " + stages.length + " stages, not 9");
        int titleWeight = titleWeight(stage(stages, 0, SQLTransformer.class).getStatement());
        RegexTokenizer tokenizer = stage(stages, 1, RegexTokenizer.class);
        if (!tokenizer.getPattern().equals(TextVectorizer.TOKEN_GAPS) || !tokenizer.getGaps() || !tokenizer.getToLowercase()) {
            throw refused("its tokenizer is not the project's (pattern " + tokenizer.getPattern() + ")");
        }
        StopWordsRemover stopWords = stage(stages, 2, StopWordsRemover.class);
        NGram ngram = stage(stages, 3, NGram.class);
        if (ngram.getN() != 2) throw refused("its n-grams are not bigrams");
        boolean bigrams = statementIs(stage(stages, 4, SQLTransformer.class), TextVectorizer.termsStatement(true), TextVectorizer.termsStatement(false));
        CountVectorizerModel counts = stage(stages, 5, CountVectorizerModel.class);
        if (counts.getMinTF() != 1.0) throw refused("its minimum term frequency is " + counts.getMinTF());
        boolean binary = statementIs(stage(stages, 6, SQLTransformer.class), TextVectorizer.scaledStatement(true), TextVectorizer.scaledStatement(false));
        if (binary != counts.getBinary()) throw refused("its binary counts and scaling disagree");
        IDFModel idf = stage(stages, 7, IDFModel.class);
        Normalizer normalizer = stage(stages, 8, Normalizer.class);
        if (normalizer.getP() != 2.0) throw refused("its norm is not L2");

        // As StopWordsRemover builds it: the whole "en_US" as the language, so no language-specific case rules apply.
        @SuppressWarnings("deprecation")
        Locale locale = new Locale(stopWords.getLocale());
        Set<String> words = new HashSet<>();
        for (String word : stopWords.getStopWords()) words.add(stopWords.getCaseSensitive() ? word : word.toLowerCase(locale));
        ArticleVectorizer.Settings settings = new ArticleVectorizer.Settings(titleWeight, tokenizer.getMinTokenLength(), words,
                stopWords.getCaseSensitive(), locale, bigrams, binary);
        return new ArticleVectorizer(settings, counts.vocabulary(), idf.idf().toArray());
    }

    private static int titleWeight(String statement) {
        for (int w = 1; w <= MAX_TITLE_WEIGHT; w++) {
            if (statement.equals(TextVectorizer.documentStatement(w))) return w;
        }
        throw refused("its document statement is not the project's: " + statement);
    }

    /** @return true for the first form, false for the second */
    private static boolean statementIs(SQLTransformer stage, String first, String second) {
        if (stage.getStatement().equals(first)) return true;
        if (stage.getStatement().equals(second)) return false;
        throw refused("a statement is not the project's: " + stage.getStatement());
    }

    private static <T extends Transformer> T stage(Transformer[] stages, int i, Class<T> type) {
        if (!type.isInstance(stages[i])) throw refused("stage " + i + " is " + stages[i].getClass().getSimpleName() + ", not " + type.getSimpleName());
        return type.cast(stages[i]);
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("the vectoriser is not one this version can score with: " + why);
    }
}
