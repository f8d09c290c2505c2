package briefing.io;

/** Why a record went to the rejects table. The codes are a contract: README.md lists them. */
public enum RejectReason {
    /** The line is not one JSON object (broken syntax, an array or a bare value, text after the object). */
    MALFORMED_RECORD,
    /** A known field holds the wrong JSON type, e.g. {@code "text": 42} or {@code "title": {...}}. */
    WRONG_FIELD_TYPE,
    /** The bytes are not text: NUL and other control bytes or invalid UTF-8 make up more than a tenth of them. */
    BINARY_CONTENT,
    /** One line is longer than {@link JsonArticleParser#MAX_RECORD_BYTES}. */
    RECORD_TOO_LARGE,
    /** No text, or text without a single letter or digit once markup and control characters are gone. */
    EMPTY_TEXT,
    /** Another record of this run with the same id was kept: the first by source file, then line. */
    DUPLICATE_ID
}
