package briefing.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Small file reads and writes through Hadoop's FileSystem, so model paths may be local, HDFS or object stores. */
public final class HadoopFiles {
    private final Configuration conf;

    public HadoopFiles(Configuration conf) {
        this.conf = conf;
    }

    public boolean exists(String path) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(conf).exists(p);
    }

    public byte[] read(String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }

    public String readText(String path) throws IOException {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    public void write(String path, byte[] bytes) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        try (OutputStream out = fs.create(p, true)) {
            out.write(bytes);
        }
        // The local file system leaves .crc side files; they are noise in a committed model directory.
        Path crc = new Path(p.getParent(), "." + p.getName() + ".crc");
        if (fs.exists(crc)) fs.delete(crc, false);
    }

    /** The files under a directory, recursively, as paths relative to it (Hadoop's .crc side files left out), sorted. */
    public java.util.List<String> listFiles(String dir) throws IOException {
        Path root = new Path(dir);
        FileSystem fs = root.getFileSystem(conf);
        String prefix = fs.makeQualified(root).toUri().getPath() + "/";
        java.util.List<String> files = new java.util.ArrayList<>();
        var it = fs.listFiles(root, true);
        while (it.hasNext()) {
            String path = it.next().getPath().toUri().getPath();
            if (!path.startsWith(prefix)) throw new IOException(path + " is not under " + dir);
            String relative = path.substring(prefix.length());
            if (!relative.endsWith(".crc")) files.add(relative);
        }
        java.util.Collections.sort(files);
        return files;
    }

    public void writeText(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
