package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import briefing.topics.TopicModelSettings;
import org.junit.jupiter.api.Test;

class RecipeFlagsTest {
    private static CommandLine train(String... args) throws UsageException {
        return CommandLine.parse(args, Main.flags(new TrainCommand()));
    }

    @Test
    void nbRatioAndSeedReachTheSettingsAndNoneMeansThePlainRecipe() throws Exception {
        CommandLine plain = train("--labels", "l.jsonl", "--model-out", "m");
        assertEquals(TopicModelSettings.DEFAULT, RecipeFlags.topicSettings(plain));
        assertFalse(RecipeFlags.topicSettings(plain).usesNbRatios());
        assertEquals(TopicModelSettings.DEFAULT, RecipeFlags.topicSettings(train("--labels", "l.jsonl", "--model-out", "m", "--nb-ratio", "0")));

        TopicModelSettings nb = RecipeFlags.topicSettings(train("--labels", "l.jsonl", "--model-out", "m", "--nb-ratio", "0.5", "--seed", "7"));
        assertEquals(0.5, nb.nbRatio());
        assertEquals(7L, nb.seed());
        assertTrue(nb.usesNbRatios());

        assertThrows(UsageException.class, () -> RecipeFlags.topicSettings(train("--labels", "l", "--model-out", "m", "--nb-ratio", "-1")));
        assertThrows(UsageException.class, () -> RecipeFlags.topicSettings(train("--labels", "l", "--model-out", "m", "--nb-ratio", "x")));
        assertThrows(UsageException.class, () -> RecipeFlags.topicSettings(train("--labels", "l", "--model-out", "m", "--seed", "1.5")));
        assertThrows(UsageException.class, () -> RecipeFlags.topicSettings(train("--labels", "l", "--model-out", "m", "--nb-ratio", "0.5",
                "--trainer", "sgd")));
    }

    @Test
    void theCardsRebuildCommandNamesTheFlagsThatDifferFromTheDefaults() throws Exception {
        assertEquals("", RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--cost", "16.0")));
        assertEquals("--nb-ratio 0.5 --idf-corpus a.jsonl,b.jsonl",
                RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--idf-corpus", "a.jsonl,b.jsonl", "--nb-ratio", "0.5")));
    }
}
