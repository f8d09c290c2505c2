package briefing.model;

/** A model directory that cannot be used: missing files, a checksum that does not match, a foreign Spark version. */
public final class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
