package briefing.summary.evaluation;

/** Precision, recall and their harmonic mean (F1), each 0..1. */
public record RougeScore(double precision, double recall, double f1) {
    static RougeScore of(double overlap, int candidateCount, int referenceCount) {
        double precision = candidateCount == 0 ? 0 : overlap / candidateCount;
        double recall = referenceCount == 0 ? 0 : overlap / referenceCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new RougeScore(precision, recall, f1);
    }
}
