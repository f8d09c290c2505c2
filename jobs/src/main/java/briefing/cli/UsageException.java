package briefing.cli;

/** A command line that cannot be run as given: unknown flag, missing argument, bad value. Exit status 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
