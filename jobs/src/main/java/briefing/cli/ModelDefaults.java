package briefing.cli;

import briefing.model.ModelSource;

/**
 * Where the model is when {@code --model} is not given: the project's models/topics when there is a project home
 * ({@code briefing.home}, set by bin/briefing), else the model the jar carries ({@link ModelSource#BUNDLED}).
 */
final class ModelDefaults {
    static final String HOME_PROPERTY = "briefing.home";

    private ModelDefaults() {}

    static String modelDir(CommandLine line) {
        if (line.has("model")) return line.get("model");
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? ModelSource.BUNDLED : home + "/models/topics";
    }
}
