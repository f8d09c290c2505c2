package briefing.summary;

import static org.junit.jupiter.api.Assertions.*;

import briefing.text.TermTable;
import briefing.text.Terms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence vectors from an article's term ids are the vectors {@link Terms} and {@link SentenceVector#of} give. */
class ArticleTermIdsTest {
    static final List<String> SENTENCES = List.of(
            "The U.S. and the EU imposed new sanctions on Varnia's central bank on Monday.",
            "Sanctions relief was discussed at the summit; the foreign minister said talks would resume.",
            "North Korea, north KOREA and north-korean officials: the same words, again and again, north korea.",
            "İstanbul talks on CO₂ and km² figures, 2024-25, ⅫⅠ and émigré café déjà-vu 😀 mixed😀emoji.",
            "a I of to", "", "Rights groups said the detentions were arbitrary and urged the release of political prisoners.");

    @Test
    void givesTheSameTermsAndCosinesAsTheStringPath() {
        CorpusStatistics corpus = CorpusStatistics.uniform();
        ArticleTermIds ids = new ArticleTermIds(new TermTable(corpus.stopWords().toArray(new String[0])), 0);
        List<SentenceVector> byIds = new ArrayList<>();
        List<SentenceVector> byStrings = new ArrayList<>();
        for (String s : SENTENCES) {
            int[] occurrences = ids.ids(s);
            List<String> expected = Terms.terms(s, corpus.stopWords(), true);
            List<String> actual = new ArrayList<>();
            for (int id : occurrences) actual.add(ids.term(id));
            assertEquals(expected, actual, s);
            byIds.add(SentenceVector.ofIds(occurrences, ids, corpus, 0.0));
            byStrings.add(SentenceVector.of(s, corpus, 0.0));
        }
        double[][] allPairs = SentenceVector.cosines(byIds.toArray(new SentenceVector[0]), ids.size());
        for (int i = 0; i < SENTENCES.size(); i++) {
            for (int j = 0; j < SENTENCES.size(); j++) {
                if (i != j) assertEquals(byIds.get(i).cosine(byIds.get(j)), allPairs[i][j], 0.0, "all pairs at once " + i + " " + j);
                double expected = byStrings.get(i).cosine(byStrings.get(j));
                assertEquals(expected, byIds.get(i).cosine(byIds.get(j)), 1e-12, i + " " + j);
                assertEquals(expected, byIds.get(i).cosine(byStrings.get(j)), 1e-12, "mixed " + i + " " + j);
            }
        }
        assertTrue(byIds.get(0).cosine(byIds.get(1)) > 0, "sentences sharing a term meet");
        assertEquals(1.0, byIds.get(2).cosine(byIds.get(2)), 1e-12);
    }
}
