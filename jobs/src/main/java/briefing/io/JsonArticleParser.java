package briefing.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Parses one JSONL line into the article fields, or says why it cannot: plain Java with the Jackson that Spark
 * ships. Every field is read as text; an {@code id} may also be a whole number. Fields other than the six known
 * ones are ignored.
 */
public final class JsonArticleParser {
    /** Longer lines are rejected unparsed (RECORD_TOO_LARGE): one article is never this big; a runaway line is. */
    public static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;
    static final String[] FIELDS = {"id", "title", "text", "published_at", "source", "url"};

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_RECORD_BYTES).maxNestingDepth(64).maxNumberLength(100).build())
                    .build())
            // A raw control character inside a string is invalid JSON, but losing the article for it is worse:
            // the text cleaner drops it and flags the article.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonArticleParser() {}

    /** The six fields in {@link #FIELDS} order, or a reject reason and message. */
    public record Parsed(String[] fields, RejectReason reason, String message) {
        static Parsed reject(RejectReason reason, String message) {
            return new Parsed(null, reason, message);
        }
    }

    public static Parsed parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException | RuntimeException e) {
            return Parsed.reject(RejectReason.MALFORMED_RECORD, "not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return Parsed.reject(RejectReason.MALFORMED_RECORD,
                    "the line is " + describe(node) + ", not a JSON object");
        }
        String[] fields = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            JsonNode value = node.get(FIELDS[i]);
            if (value == null || value.isNull()) continue;
            if (value.isTextual()) {
                fields[i] = value.textValue();
            } else if (i == 0 && value.isIntegralNumber()) {
                fields[i] = value.asText();
            } else {
                return Parsed.reject(RejectReason.WRONG_FIELD_TYPE, "field '" + FIELDS[i] + "' is " + describe(value)
                        + ", expected a string" + (i == 0 ? " or a whole number" : ""));
            }
        }
        return new Parsed(fields, null, null);
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "empty";
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.length() > 300 ? first.substring(0, 300) + "..." : first;
    }
}
