package briefing.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging folders left by killed runs are removed by the next run: only those older than a day, never the running one's. */
class StagedOutputTest {
    @TempDir Path dir;

    private Path staging(String runId, Instant modified) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(StagedOutput.STAGING_DIR).resolve(runId).resolve("articles"));
        Files.writeString(folder.resolve("part-0.parquet"), "x");
        assertTrue(folder.getParent().toFile().setLastModified(modified.toEpochMilli()));
        return folder.getParent();
    }

    private static String runId(Instant started) {
        return StagedOutput.RUN_ID_TIME.format(started) + "-0123abcd";
    }

    @Test
    void aRunRemovesStagingFoldersOfKilledRunsOlderThanADay() throws Exception {
        Instant now = Instant.now();
        Instant twoDaysAgo = now.minus(Duration.ofDays(2));
        Path killed = staging(runId(twoDaysAgo), twoDaysAgo);
        Path recent = staging(runId(now.minus(Duration.ofHours(3))), now.minus(Duration.ofHours(3)));
        Path stillWritten = staging(runId(twoDaysAgo.plusSeconds(60)), now.minus(Duration.ofMinutes(5)));
        Path notARun = staging("keep-me", twoDaysAgo);
        String ours = runId(now);

        StagedOutput output = new StagedOutput(new Configuration(), dir.toString(), ours, "2026-11-22");
        output.prepare();

        assertFalse(Files.exists(killed), "a killed run's folder from two days ago");
        assertTrue(Files.exists(recent), "a run started three hours ago may still be running");
        assertTrue(Files.exists(stillWritten), "a folder written to five minutes ago");
        assertTrue(Files.exists(notARun), "a folder not named by a run id");
        assertTrue(Files.isDirectory(dir.resolve(StagedOutput.STAGING_DIR).resolve(ours)));
        output.discard();
        assertTrue(Files.exists(recent));
    }
}
