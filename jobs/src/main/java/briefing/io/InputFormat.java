package briefing.io;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The input formats the job reads, and how one is chosen from a path when not given. */
public enum InputFormat {
    /** One JSON object per line: id, title, text; optional published_at, source, url. */
    JSONL,
    /** A folder of .txt files, one article each; the id is the file name, the title the first line when it is a heading. */
    TXT,
    /** Parquet with the JSONL columns. */
    PARQUET;

    public static InputFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format '" + name + "': use jsonl, txt or parquet");
        }
    }

    /** By the file's extension, or for a folder by the files in it; a glob is judged by what it matches. */
    public static InputFormat detect(String path, Configuration conf) throws IOException {
        InputFormat byName = byExtension(path);
        if (byName != null) return byName;
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(p);
        if (matches == null || matches.length == 0) {
            throw new IllegalArgumentException("input path does not exist: " + path);
        }
        for (FileStatus match : matches) {
            InputFormat format = byExtension(match.getPath().getName());
            if (format != null) return format;
            if (match.isDirectory()) {
                boolean empty = true;
                for (FileStatus child : fs.listStatus(match.getPath())) {
                    String name = child.getPath().getName();
                    format = byExtension(name);
                    if (format != null) return format;
                    if (!name.startsWith(".") && !name.startsWith("_")) empty = false;
                }
                // An empty folder is an empty batch whatever its format: a clean run with zero rows.
                if (empty && matches.length == 1) return TXT;
            }
        }
        throw new IllegalArgumentException("cannot tell the format of " + path
                + " (expected .jsonl, .json, .parquet or a folder of .txt files): pass --input-format jsonl|txt|parquet");
    }

    static InputFormat byExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|snappy|zst)$", "");
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".parquet")) return PARQUET;
        if (n.endsWith(".txt")) return TXT;
        return null;
    }
}
