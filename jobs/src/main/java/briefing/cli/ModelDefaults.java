package briefing.cli;

/** Where the model is when {@code --model} is not given: the project's models/topics, found through {@code briefing.home}. */
final class ModelDefaults {
    static final String HOME_PROPERTY = "briefing.home";

    private ModelDefaults() {}

    static String modelDir(CommandLine line) throws UsageException {
        if (line.has("model")) return line.get("model");
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null) {
            throw new UsageException("no --model given and no project home to find models/topics in (bin/briefing sets -D"
                    + HOME_PROPERTY + "; with spark-submit pass --model)");
        }
        return home + "/models/topics";
    }
}
