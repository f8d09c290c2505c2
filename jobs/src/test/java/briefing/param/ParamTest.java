package briefing.param;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamTest {
    static final Param<Integer> WEIGHT = Param.integer("weight", "N", "how many times", 1, 1, 10).recordedAs("document", w -> "x " + w);
    static final Param<Double> RATIO = Param.number("ratio", "R", "a share", 0.05, r -> r >= 0 && r <= 1, "from 0 to 1");

    @Test
    void readsChecksAndSaysWhatItAllows() {
        assertEquals(3, WEIGHT.read(" 3 "));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> WEIGHT.read("0"));
        assertEquals("--weight must be from 1 to 10, got 0", outside.getMessage());
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class, () -> WEIGHT.read("two"));
        assertEquals("--weight takes a whole number, got 'two'", notANumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WEIGHT.check(11), "the record's check is the flag's");
        assertEquals(0.0, RATIO.read("-0"));
        assertThrows(IllegalArgumentException.class, () -> RATIO.read("NaN"));
        assertThrows(IllegalArgumentException.class, () -> RATIO.read("1.5"));
        assertTrue(Param.bool("on", "a switch", false).read(" TRUE "));
        assertThrows(IllegalArgumentException.class, () -> Param.bool("on", "a switch", false).read("yes"));
    }

    @Test
    void helpDefaultAndModelSettingsComeFromTheDeclaration() {
        assertEquals("how many times; from 1 to 10", WEIGHT.help());
        assertTrue(WEIGHT.isDefault(WEIGHT.read("01")));
        Map<String, Object> settings = new LinkedHashMap<>();
        WEIGHT.record(settings, 4);
        assertEquals(Map.of("document", "x 4"), settings);
        assertThrows(IllegalStateException.class, () -> RATIO.record(settings, 0.1), "not recorded in a model");
        assertThrows(IllegalArgumentException.class, () -> Param.integer("bad", "N", "a default it refuses", 0, 1, 10));
    }
}
