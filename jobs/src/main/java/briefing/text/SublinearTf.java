package briefing.text;

/**
 * Sublinear term frequency, {@code 1 + ln(count)}, as MLlib's pipeline and the summariser weigh a term: the same
 * doubles as {@link Math#log}, read from a table for the small counts nearly every term has.
 */
public final class SublinearTf {
    private static final double[] SMALL = new double[64];
    static {
        for (int count = 1; count < SMALL.length; count++) SMALL[count] = 1 + Math.log(count);
    }

    private SublinearTf() {}

    /** {@code 1 + ln(count)} for a count of at least 1. */
    public static double of(int count) {
        return count > 0 && count < SMALL.length ? SMALL[count] : 1 + Math.log(count);
    }
}
