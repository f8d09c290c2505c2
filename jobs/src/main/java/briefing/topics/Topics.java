package briefing.topics;

import java.util.List;

/** The topics an article can be labelled with, as defined in LABELLING.md. */
public final class Topics {
    public static final String SANCTIONS = "sanctions";
    public static final String HUMAN_RIGHTS = "human_rights";
    public static final String DIPLOMACY = "diplomacy";

    /** All topics, in the fixed order used by reports and the output table. */
    public static final List<String> ALL = List.of(SANCTIONS, HUMAN_RIGHTS, DIPLOMACY);

    private Topics() {}

    public static boolean isTopic(String name) {
        return ALL.contains(name);
    }
}
