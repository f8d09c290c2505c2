package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SublinearTfTest {
    @Test
    void givesTheSameDoublesAsTheLogarithm() {
        for (int count = 1; count < 1000; count++) {
            assertEquals(1 + Math.log(count), SublinearTf.of(count), 0.0, "count " + count);
        }
    }
}
