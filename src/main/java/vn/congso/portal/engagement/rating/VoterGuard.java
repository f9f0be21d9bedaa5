package vn.congso.portal.engagement.rating;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits repeat votes without knowing who votes (NĐ42 Đ5 k3 b: «bảo đảm tính bí mật, riêng tư»):
 * the guard is HMAC-SHA256 of (client address, item) under a random salt that exists for one day
 * only. The guard is stored apart from the vote and shares nothing with it, so even on the same day
 * a vote cannot be tied to a guard; when the day is over the salt and the guards are deleted, after
 * which nobody (not the operator either) can recompute which address rated anything.
 */
@Component
class VoterGuard {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    VoterGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the one vote the client has on the item today; false if it was already taken. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean take(LocalDate day, String clientAddress, String item) {
        forgetBefore(day);
        byte[] salt = saltOf(day);
        byte[] fingerprint = hmac(salt, clientAddress + "\n" + item);
        return jdbc.sql("insert into portal_rating_guard (day, fingerprint) values (?, ?) on conflict do nothing")
                .params(day, fingerprint).update() == 1;
    }

    private void forgetBefore(LocalDate day) {
        jdbc.sql("delete from portal_rating_guard where day < ?").param(day).update();
        jdbc.sql("delete from portal_rating_salt where day < ?").param(day).update();
    }

    private byte[] saltOf(LocalDate day) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("insert into portal_rating_salt (day, salt) values (?, ?) on conflict do nothing").params(day, fresh).update();
        return jdbc.sql("select salt from portal_rating_salt where day = ?").param(day).query(byte[].class).single();
    }

    private static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
