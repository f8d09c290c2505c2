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
        if (line.has("model")) return line.get("model");
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? ModelSource.BUNDLED : home + "/models/topics";
    }

    /** The same for the summariser's sentence scorer ({@code --summary-model}, models/summary). */
    static String summaryModelDir(CommandLine line) {
        if (line.has("summary-model")) return line.get("summary-model");
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? SummaryModel.BUNDLED : home + "/models/summary";
    }
}
