package briefing.cli;

import briefing.model.ModelSource;
import briefing.model.SummaryModel;

/**
 * Where the model is when {@code --model} is not given: the project's models/topics when there is a project home
 * ({@code briefing.home}, set by bin/briefing), else the model the jar carries ({@link ModelSource#BUNDLED}).
 */
final class ModelDefaults {
    static final String HOME_PROPERTY = "briefing.home";

    private ModelDefaults() {}

    static String modelDir(CommandLine line) {
        return location(line, "model", "models/topics", ModelSource.BUNDLED);
    }

    /** The same for the summariser's sentence scorer ({@code --summary-model}, models/summary). */
    static String summaryModelDir(CommandLine line) {
        return location(line, "summary-model", "models/summary", SummaryModel.BUNDLED);
    }

    private static String location(CommandLine line, String flag, String projectFolder, String bundled) {
        if (line.has(flag)) return line.get(flag);
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? bundled : home + "/" + projectFolder;
    }
}
