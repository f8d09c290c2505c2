package briefing.summary.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected scores are the published worked examples, computed by hand from their definitions. */
class RougeTest {
    private static final double EPS = 1e-9;

    private static RougeScore n(String candidate, String reference, int n) {
        return Rouge.rougeN(Rouge.tokens(candidate), Rouge.tokens(reference), n);
    }

    private static RougeScore l(String candidate, String reference) {
        return Rouge.rougeL(Rouge.tokens(candidate), Rouge.tokens(reference));
    }

    @Test
    void linPaperRougeLExample() {
        // Lin (2004), section 3.1: reference S1 "police killed the gunman"; S2 scores 3/4, S3 scores 1/2.
        String s1 = "police killed the gunman";
        assertEquals(0.75, l("police kill the gunman", s1).f1(), EPS);
        assertEquals(0.5, l("the gunman kill police", s1).f1(), EPS);
    }

    @Test
    void linPaperRouge2CannotTellS2FromS3() {
        // Same paper: S2 and S3 share one bigram ("the gunman") with S1 of three, so they get the same ROUGE-2.
        String s1 = "police killed the gunman";
        RougeScore s2 = n("police kill the gunman", s1, 2);
        RougeScore s3 = n("the gunman kill police", s1, 2);
        assertEquals(1.0 / 3, s2.f1(), EPS);
        assertEquals(s2.f1(), s3.f1(), EPS);
    }

    @Test
    void rougeScoreReadmeStyleCases() {
        // rouge-score: target "testing one two", prediction "testing": P 1, R 1/3, F 1/2.
        RougeScore r1 = n("testing", "testing one two", 1);
        assertEquals(1.0, r1.precision(), EPS);
        assertEquals(1.0 / 3, r1.recall(), EPS);
        assertEquals(0.5, r1.f1(), EPS);
        // prediction "hello world!!!" against target "hello ": rougeL F 2/3.
        assertEquals(2.0 / 3, l("hello world!!!", "hello ").f1(), EPS);
        // prediction "A B C D" against "B C D": rouge2 P 2/3, R 1, F 0.8.
        RougeScore r2 = n("A B C D", "B C D", 2);
        assertEquals(2.0 / 3, r2.precision(), EPS);
        assertEquals(1.0, r2.recall(), EPS);
        assertEquals(0.8, r2.f1(), EPS);
    }

    @Test
    void clipsRepeatedNgrams() {
        // "the the the" against "the cat": one "the" matches, not three.
        RougeScore r = n("the the the", "the cat", 1);
        assertEquals(1.0 / 3, r.precision(), EPS);
        assertEquals(0.5, r.recall(), EPS);
    }

    @Test
    void tokenisesLikeTheOriginal() {
        assertEquals(List.of("year", "earlier", "however", "the", "u", "s", "1", "13bn", "600m"),
                Rouge.tokens("year-earlier.However, the U.S. $1.13bn (£600m)"));
    }

    @Test
    void emptySidesScoreZero() {
        assertEquals(0.0, n("", "a b", 1).f1(), EPS);
        assertEquals(0.0, l("a b", "").f1(), EPS);
        assertEquals(0.0, n("a", "a", 2).f1(), EPS);
    }
}
