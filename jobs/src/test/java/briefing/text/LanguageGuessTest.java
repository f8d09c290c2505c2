package briefing.text;

import static org.junit.jupiter.api.Assertions.*;

import briefing.testing.SharedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    @Test
    void tellsTheCommonNewsLanguagesApart() {
        assertEquals("en", LanguageGuess.of("The foreign minister said on Tuesday that the talks with the envoys had been useful and that "
                + "both sides would meet again after the summit."));
        assertEquals("fr", LanguageGuess.of("Le ministre des affaires étrangères a déclaré mardi que les pourparlers avec les émissaires "
                + "ont été utiles et que les deux parties se retrouveront après le sommet pour parler des sanctions."));
        assertEquals("de", LanguageGuess.of("Der Außenminister sagte am Dienstag, die Gespräche mit den Gesandten seien nützlich gewesen "
                + "und beide Seiten würden sich nach dem Gipfel wieder treffen, um über die Sanktionen zu sprechen."));
        assertEquals("es", LanguageGuess.of("El ministro de asuntos exteriores dijo el martes que las conversaciones con los enviados "
                + "fueron útiles y que las dos partes se reunirán de nuevo después de la cumbre para hablar de las sanciones."));
    }

    @Test
    void tooLittleTextOrAnotherScriptIsUndetermined() {
        assertEquals("und", LanguageGuess.of("Envoys met."));
        assertEquals("und", LanguageGuess.of("12 345 678 90.5 11,2"));
        assertEquals("und", LanguageGuess.of("Министр иностранных дел заявил во вторник, что переговоры были полезными."));
        assertEquals("und", LanguageGuess.of(null));
    }

    /** No real English article may lose its topics to a wrong guess: every one is "en" or, if too short or a table, "und". */
    @Test
    void noEnglishArticleOfTheLabelledSetIsTakenForAnotherLanguage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(SharedData.require("labels/topics.jsonl"))) {
            counts.merge(LanguageGuess.of(json.readTree(line).path("text").asText()), 1, Integer::sum);
        }
        System.out.println("language guesses on labels/topics.jsonl: " + counts);
        assertEquals(java.util.Set.of("en", "und"), counts.keySet(), counts.toString());
        assertTrue(counts.get("en") > 0.95 * (counts.get("en") + counts.get("und")), counts.toString());
    }
}
