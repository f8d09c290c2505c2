package briefing.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes read from an input file, decoded as UTF-8: whether any were invalid, and whether they are text at all. */
public record TextBytes(String text, boolean invalidUtf8Replaced, boolean binary) {
    /** More suspicious characters than this share of the text make it binary rather than text with a few bad bytes. */
    static final double MAX_SUSPICIOUS_SHARE = 0.10;

    public static TextBytes decode(byte[] bytes, int length) {
        String text;
        boolean replaced = false;
        try {
            text = strictDecoder().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            replaced = true;
        }
        return new TextBytes(text, replaced, isBinary(text, replaced));
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** NUL and other C0 control characters (not tab, line breaks, form feed) and replacement characters. */
    static boolean isBinary(String text, boolean replaced) {
        int suspicious = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (replaced && c == '\uFFFD')) suspicious++;
        }
        return suspicious >= 2 && suspicious > MAX_SUSPICIOUS_SHARE * n;
    }

}
