package briefing.io;

import java.util.Locale;

/** How the job publishes its tables. */
public enum TableFormat {
    /** Partition folders of Parquet files, moved into place one table after the other ({@link StagedOutput#publish}). */
    PARQUET,
    /** Delta Lake tables: one atomic commit per table and run, a version history, safe concurrent runs ({@link DeltaPublisher}). */
    DELTA;

    public static TableFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown table format '" + name + "': use parquet or delta");
        }
    }

    public String flagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
