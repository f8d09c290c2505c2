package briefing.job;

import java.util.Set;

/** A row of the labelled training set. */
public record LabelledArticle(String id, String title, String text, Set<String> topics) {}
