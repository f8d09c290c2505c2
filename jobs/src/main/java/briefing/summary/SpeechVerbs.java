package briefing.summary;

import java.util.List;

/**
 * The verbs that report speech ("said", "told", "tweeted"): a speaker's act, whether the rules ask who speaks
 * ({@link PersonMentions}), whether a quote names its speaker ({@link SentenceDependency}), whether a definite noun
 * speaks ({@link DefiniteReferences}) or whether a line is prose rather than a photo caption ({@link SentenceFilter}).
 */
final class SpeechVerbs {
    static final List<String> VERBS = List.of(
            "said", "says", "told", "added", "adds", "wrote", "writes", "argued", "argues", "noted", "explained", "tweeted",
            "insisted", "warned", "stressed", "asked", "replied", "answered", "claimed", "claims", "admitted", "denied",
            "testified", "stated", "continued");

    /** Any verb of {@link #VERBS} after a space, or "according to": a line that reports speech holds one of these. */
    static final Marks MARKS = new Marks(java.util.stream.Stream.concat(
            VERBS.stream().map(verb -> " " + verb), java.util.stream.Stream.of(" according to")).toList());

    private SpeechVerbs() {
    }
}
