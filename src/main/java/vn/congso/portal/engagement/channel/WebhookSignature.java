package vn.congso.portal.engagement.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes
 * under the webhook's shared secret. The body carries the same timestamp as the
 * {@code X-Congso-Timestamp} header, so a receiver can refuse old replays.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Congso-Signature";
    public static final String TIMESTAMP_HEADER = "X-Congso-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
