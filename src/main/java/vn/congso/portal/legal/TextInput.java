package vn.congso.portal.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.congso.shared.CongsoException;

/**
 * Turns what a client sent into text the parser may read: at most {@link #MAX_BYTES}, valid in its
 * charset (UTF-8 unless told otherwise), no control bytes that only binary files hold.
 */
public final class TextInput {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;

    private TextInput() {
    }

    /** Reads at most one byte more than the limit, so a huge body is refused without holding it all. */
    public static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                // read on (up to a bound) so the client gets the 413 instead of a reset connection
                long skipped = 0;
                while (skipped < DRAIN_BYTES && in.read() != -1 && in.skip(64 * 1024) >= 0) {
                    skipped += 64 * 1024;
                }
                throw new CongsoException(LegalError.TEXT_TOO_LARGE, MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String decode(byte[] bytes, Charset charset) {
        if (bytes.length > MAX_BYTES) {
            throw new CongsoException(LegalError.TEXT_TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = (charset == null ? StandardCharsets.UTF_8 : charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CongsoException(LegalError.NOT_TEXT, e);
        }
        return checkText(text);
    }

    /** Refuses blank text and text with control characters other than line breaks and tabs. */
    public static String checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new CongsoException(LegalError.EMPTY_TEXT);
        }
        boolean binary = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        if (binary) {
            throw new CongsoException(LegalError.NOT_TEXT);
        }
        return text;
    }
}
