package vn.congso.conversion.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/** Document codes, access codes and SHA-256 digests. */
public final class Codes {

    /** No 0/O, 1/I/L: codes are read off paper and typed in. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** A unique document code such as {@code CD-7KQ4M2XA9P}. */
    public static String documentCode() {
        return "CD-" + random(10);
    }

    /** A random access code such as {@code K7P2-9QXM-A4CD} (about 59 bits). */
    public static String accessCode() {
        String raw = random(12);
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
    }

    /** What is stored of an access code: bound to its document so a hash cannot serve another one. */
    public static String accessCodeHash(String documentCode, String accessCode) {
        String normalised = accessCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return sha256((documentCode + ":" + normalised).getBytes(StandardCharsets.UTF_8));
    }

    /** A code as typed or scanned: surrounding spaces dropped, upper case. */
    public static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares hex digests in constant time. */
    public static boolean sameDigest(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
