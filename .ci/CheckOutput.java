import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the job's output with DuckDB, an independent Parquet reader, and checks it.
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
             ResultSet r = s.executeQuery("SELECT string_agg(DISTINCT run_id, ',') FROM read_parquet('" + output + "/articles/*/*.parquet')")) {
            r.next();
            System.out.println(r.getString(1));
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
        String table = "read_parquet('" + args[0] + "/articles/*/*.parquet', hive_partitioning = true)";
        long expectedRows = Long.parseLong(args[1]);
        List<String> failures = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
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
        System.out.println("output at " + args[0] + ": schema, " + expectedRows + " rows and summaries check out" + (args.length > 2 ? ", seeds labelled as expected" : ""));
    }
}
