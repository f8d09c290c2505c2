package briefing.training;

import java.time.LocalDate;
import java.util.Set;

/**
 * A row of the labelled training set.
 *
 * @param date when the article was published, for the time split; null when the row does not say (the 1987-2005
 *             labelled set)
 * @param labelsFile the name of the file the row was read from; null when not read from one
 */
public record LabelledArticle(String id, String title, String text, Set<String> topics, LocalDate date, String labelsFile) {
    public LabelledArticle(String id, String title, String text, Set<String> topics) {
        this(id, title, text, topics, null, null);
    }

    /** The corpus the row comes from: its id up to the first '/', e.g. {@code allsides}, {@code reuters}. */
    public String corpus() {
        int slash = id.indexOf('/');
        return slash > 0 ? id.substring(0, slash) : "(no corpus prefix)";
    }
}
