package briefing.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the real news data for tests lives: the folder {@code shared/} beside the project, read in place and
 * never copied. Its path comes from the system property {@value #PROPERTY}, by default {@code ../../shared}
 * (relative to the jobs module, where the tests run). Tests that need it skip when it is absent.
 */
public final class SharedData {
    public static final String PROPERTY = "briefing.shared";
    private static final String DEFAULT_PATH = "../../shared";

    private SharedData() {
    }

    /** The shared data folder, if it is there. */
    public static Optional<Path> root() {
        Path root = Path.of(System.getProperty(PROPERTY, DEFAULT_PATH));
        return Files.isDirectory(root) ? Optional.of(root.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** A file or folder inside the shared data folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(),
                "../shared not found: skipping test that needs real data (set -D" + PROPERTY + "=<path>)");
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                "../shared/" + relative + " not found: skipping test that needs real data");
        return path;
    }
}
