package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void cutsLikeTheVectorisersRegexTokenizer() {
        // Spark: lower case, split on [^\p{L}\p{N}]+, tokens of length >= 2
        assertEquals(List.of("north", "korea", "covid", "19", "café"), Terms.tokens("North-Korea's a U.S. COVID-19 café"));
    }

    @Test
    void addsPairsOfNeighbouringWordsAfterStopWords() {
        assertEquals(List.of("sanctions", "iran", "sanctions iran"),
                Terms.terms("Sanctions on Iran", Set.of("on"), true));
        assertEquals(List.of("sanctions", "iran"), Terms.terms("Sanctions on Iran", Set.of("on"), false));
    }
}
