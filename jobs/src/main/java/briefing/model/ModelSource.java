package briefing.model;

import briefing.io.HadoopFiles;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;

/**
 * Where a model's files are read from: a directory (local, HDFS or an object store, through Hadoop's FileSystem), or
 * the model the jar carries as resources ({@link #BUNDLED}), which needs no file at all.
 */
public abstract class ModelSource {
    /** The location that names the model the jar carries: its LATEST version, under this resource folder. */
    public static final String BUNDLED = "classpath:briefing/models/topics";
    private static final String CLASSPATH = "classpath:";

    /** The location as given, for messages. */
    public abstract String location();

    public abstract boolean exists(String relative) throws IOException;

    public abstract byte[] read(String relative) throws IOException;

    /** The same kind of source for a sub-folder (a version under a folder of versions). */
    public abstract ModelSource child(String name);

    /**
     * This source when it holds {@code metadataFile}, else the version its LATEST file names (so {@code models/topics}
     * means the current model); this source when it has neither (the caller reports what is missing).
     */
    public ModelSource version(String metadataFile) throws IOException {
        if (exists(metadataFile) || !exists(LATEST)) return this;
        return child(new String(read(LATEST), java.nio.charset.StandardCharsets.UTF_8).trim());
    }

    static final String LATEST = "LATEST";

    public static ModelSource of(Configuration conf, String location) {
        if (location.startsWith(CLASSPATH)) return new Resources(location.substring(CLASSPATH.length()));
        return new Directory(new HadoopFiles(conf), location);
    }

    private static final class Directory extends ModelSource {
        private final HadoopFiles files;
        private final String dir;

        Directory(HadoopFiles files, String dir) {
            this.files = files;
            this.dir = dir;
        }

        @Override public String location() { return dir; }
        @Override public boolean exists(String relative) throws IOException { return files.exists(dir + "/" + relative); }
        @Override public byte[] read(String relative) throws IOException { return files.read(dir + "/" + relative); }
        @Override public ModelSource child(String name) { return new Directory(files, dir + "/" + name); }
    }

    private static final class Resources extends ModelSource {
        private final String folder;

        Resources(String folder) {
            this.folder = folder;
        }

        @Override public String location() { return CLASSPATH + folder; }

        @Override
        public boolean exists(String relative) {
            return loader().getResource(folder + "/" + relative) != null;
        }

        @Override
        public byte[] read(String relative) throws IOException {
            try (InputStream in = loader().getResourceAsStream(folder + "/" + relative)) {
                if (in == null) throw new IOException(location() + "/" + relative + " is not in the jar");
                return in.readAllBytes();
            }
        }

        @Override public ModelSource child(String name) { return new Resources(folder + "/" + name); }

        private static ClassLoader loader() {
            return ModelSource.class.getClassLoader();
        }
    }
}
