package briefing.topics;

import briefing.vectorize.TermVector;
import java.util.Set;

/** A training example: an article's term vector and the topics a person gave it (possibly none). */
public record LabelledVector(String id, TermVector vector, Set<String> topics) {}
