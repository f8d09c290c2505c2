package briefing.cli;

import static org.junit.jupiter.api.Assertions.*;

import briefing.topics.TopicModelSettings;
import java.util.List;
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
    }

    @Test
    void eachRecipeFlagIsItsDeclaredParameter() throws Exception {
        List<briefing.param.Param<?>> params = new java.util.ArrayList<>(TopicModelSettings.PARAMS);
        params.addAll(briefing.vectorize.VectorizerSettings.PARAMS);
        for (briefing.param.Param<?> param : params) {
            Flag flag = RecipeFlags.FLAGS.stream().filter(f -> f.name().equals(param.name())).findFirst().orElseThrow();
            assertEquals(param.help(), flag.help());
            assertEquals(String.valueOf(param.defaultValue()), flag.defaultValue());
        }
        CommandLine defaults = train("--labels", "l.jsonl", "--model-out", "m");
        assertEquals(TopicModelSettings.DEFAULT, RecipeFlags.topicSettings(defaults));
        assertEquals(briefing.vectorize.VectorizerSettings.DEFAULT, RecipeFlags.vectorizerSettings(defaults));
    }

    @Test
    void theCardsRebuildCommandNamesTheFlagsThatDifferFromTheDefaults() throws Exception {
        assertEquals(List.of("--nb-ratio", "0.5", "--idf-corpus", "a.jsonl,b.jsonl"),
                RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--idf-corpus", "a.jsonl,b.jsonl", "--nb-ratio", "0.5")));
        assertEquals(List.of("--cost", "8", "--balanced", "true", "--seed", "7", "--bigrams", "false"),
                RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--bigrams", "false", "--seed", "7", "--balanced", "true",
                        "--cost", "8")), "in the order of the flags' list, each value as it was given");
    }

    @Test
    void aFlagGivenWithItsDefaultValueInAnotherSpellingIsLeftOut() throws Exception {
        assertEquals(List.of(), RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m")));
        assertEquals(List.of(), RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m",
                "--cost", "16", "--nb-ratio", "0.0", "--seed", "020261122", "--balanced", "FALSE",
                "--vocabulary-size", "40000", "--min-df", " 2", "--title-weight", "1", "--bigrams", "True")));
        assertEquals(List.of(), RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--cost", "16.0", "--nb-ratio", "-0")));
        assertEquals(List.of(), RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--cost", "1.6e1")));
        assertEquals(List.of("--cost", "16.5"), RecipeFlags.nonDefault(train("--labels", "l.jsonl", "--model-out", "m", "--cost", "16.5")));
    }

    @Test
    void theCommittedV4CommandGivesTheFlagsOnItsCard() throws Exception {
        String corpora = "../shared/corpora/agnews-test.jsonl,../shared/corpora/bbc-news-summary.jsonl,../shared/corpora/reuters21578.jsonl";
        assertEquals(List.of("--nb-ratio", "0.5", "--idf-corpus", corpora), RecipeFlags.nonDefault(train("--labels", "../shared/labels/topics.jsonl",
                "--model-out", "models/topics/v4", "--nb-ratio", "0.5", "--idf-corpus", corpora)));
    }
}
