import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the job's output with DuckDB, an independent Parquet reader, and checks it. A Delta table (DIR/articles/_delta_log)
 * is read at its latest version by replaying its transaction log here (the files added and not removed since), since
 * DuckDB's delta extension is downloaded at run time, which CI cannot; its log must show one commit per run.
 *
 *   java -cp duckdb_jdbc.jar .ci/CheckOutput.java OUTPUT_DIR ROWS [EXPECTED_JSONL]
 *   java -cp duckdb_jdbc.jar .ci/CheckOutput.java --run-ids OUTPUT_DIR      (prints the run ids in the table)
 *
 * Checks that the articles table has the README's schema and ROWS rows, each article once, with 3-sentence
 * summaries, and, given the
 * seeds' expected.jsonl, that each seed has every one of its `labels` and no topic outside `labels` + `may_also`.
 */
public class CheckOutput {
    /** Prints the distinct run ids in the articles table, comma-separated. */
    static void printRunIds(String output) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT string_agg(DISTINCT run_id, ',') FROM " + articles(s, output))) {
            r.next();
            System.out.println(r.getString(1));
        }
    }

    static boolean isDelta(String output) {
        return Files.isDirectory(Path.of(output, "articles", "_delta_log"));
    }

    /** The articles table as a DuckDB table expression. */
    static String articles(Statement s, String output) throws Exception {
        if (!isDelta(output)) return "read_parquet('" + output + "/articles/*/*.parquet', hive_partitioning = true)";
        List<String> files = new ArrayList<>();
        for (String file : liveFiles(s, output + "/articles")) files.add("'" + output + "/articles/" + file + "'");
        if (files.isEmpty()) throw new IllegalStateException("the Delta table " + output + "/articles has no files");
        return "read_parquet([" + String.join(", ", files) + "], hive_partitioning = true)";
    }

    static String log(String table, String columns) {
        return "read_json('" + table + "/_delta_log/*.json', format = 'newline_delimited', filename = true, columns = {" + columns + "})";
    }

    /** The data files of the latest version: added by a commit and not removed by a later one (Delta protocol, without checkpoints). */
    static List<String> liveFiles(Statement s, String table) throws Exception {
        String log = log(table, "add: 'STRUCT(path VARCHAR)', remove: 'STRUCT(path VARCHAR)'");
        List<String> files = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT add.path FROM " + log + " WHERE add IS NOT NULL AND add.path NOT IN "
                + "(SELECT remove.path FROM " + log + " WHERE remove IS NOT NULL) ORDER BY 1")) {
            while (r.next()) files.add(URI.create(r.getString(1)).getPath());
        }
        return files;
    }

    /** Every write in the table's log names its run (userMetadata), and no run made two. (VACUUM adds commits of its own.) */
    static void checkOneCommitPerRun(Statement s, String table, List<String> failures) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT commitInfo.userMetadata), count(DISTINCT filename) FROM "
                + log(table, "commitInfo: 'STRUCT(operation VARCHAR, userMetadata VARCHAR)'") + " WHERE commitInfo.operation = 'WRITE'")) {
            r.next();
            if (r.getLong(1) != r.getLong(2) || r.getLong(1) != r.getLong(3)) {
                failures.add(table + ": " + r.getLong(3) + " commits by " + r.getLong(2) + " runs: expected one commit per run");
            }
        }
    }

    // The README's schema as DuckDB reports it (run_date comes from the hive partition directory).
    static final List<String> SCHEMA = List.of(
            "article_id VARCHAR", "title VARCHAR", "source VARCHAR", "url VARCHAR", "published_at TIMESTAMP*",
            "topics VARCHAR[]", "topic_scores MAP(VARCHAR, DOUBLE)", "primary_topic VARCHAR",
            "topic_evidence MAP(VARCHAR, VARCHAR[])", "summary VARCHAR",
            "summary_sentences STRUCT(\"position\" INTEGER, \"text\" VARCHAR, score DOUBLE)[]",
            "topic_summaries MAP(VARCHAR, VARCHAR)",
            "sentence_count INTEGER", "word_count INTEGER", "language VARCHAR", "flags VARCHAR[]", "model_version VARCHAR", "run_id VARCHAR",
            "processed_at TIMESTAMP*", "run_date DATE");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--run-ids")) {
            printRunIds(args[1]);
            return;
        }
        long expectedRows = Long.parseLong(args[1]);
        List<String> failures = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String table = articles(s, args[0]);
            if (isDelta(args[0])) {
                checkOneCommitPerRun(s, args[0] + "/articles", failures);
                checkOneCommitPerRun(s, args[0] + "/rejects", failures);
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + table)) {
                while (r.next()) columns.add(r.getString(1) + " " + r.getString(2));
            }
            if (columns.size() != SCHEMA.size()) failures.add("columns: expected " + SCHEMA + ", got " + columns);
            for (int i = 0; i < Math.min(columns.size(), SCHEMA.size()); i++) {
                String want = SCHEMA.get(i);
                boolean ok = want.endsWith("*") ? columns.get(i).startsWith(want.substring(0, want.length() - 1)) : columns.get(i).equals(want);
                if (!ok) failures.add("column " + (i + 1) + ": expected " + want + ", got " + columns.get(i));
            }
            try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT article_id), "
                    + "count(*) FILTER (WHERE len(summary_sentences) <> 3) FROM " + table)) {
                r.next();
                if (r.getLong(1) != expectedRows) failures.add("expected " + expectedRows + " rows, got " + r.getLong(1));
                if (r.getLong(2) != r.getLong(1)) failures.add((r.getLong(1) - r.getLong(2)) + " duplicated article ids");
                if (r.getLong(3) != 0) failures.add(r.getLong(3) + " articles lack a 3-sentence summary");
            }
            if (args.length > 2) {
                String query = "SELECT e.file, e.labels, e.may_also, a.topics, a.topic_scores::VARCHAR, "
                        + "len(list_filter(e.labels, lambda l: NOT list_contains(coalesce(a.topics, []), l))) AS missing, "
                        + "len(list_filter(coalesce(a.topics, []), lambda t: NOT list_contains(list_concat(e.labels, e.may_also), t))) AS extra "
                        + "FROM read_json_auto('" + args[2] + "') e LEFT JOIN " + table + " a ON a.article_id = regexp_replace(e.file, '\\.txt$', '')";
                try (ResultSet r = s.executeQuery(query)) {
                    while (r.next()) {
                        String line = r.getString(1) + ": labels " + r.getString(2) + " may_also " + r.getString(3) + " -> topics " + r.getString(4) + " " + r.getString(5);
                        System.out.println("  " + line);
                        if (r.getInt(6) > 0 || r.getInt(7) > 0) failures.add(line);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("CHECK FAILED: " + f));
            System.exit(1);
        }
        System.out.println((isDelta(args[0]) ? "Delta " : "") + "output at " + args[0] + ": schema, " + expectedRows + " rows and summaries check out" + (args.length > 2 ? ", seeds labelled as expected" : ""));
    }
}
