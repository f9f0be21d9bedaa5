package vn.congso.agency.web;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;

/**
 * {@code /.well-known/security.txt} (RFC 9116) from the agency profile: where to report a security
 * problem (NĐ137 Đ21 k2 e). Without a security contact there is nothing true to publish, and RFC 9116
 * requires at least one Contact, so the file is then absent (404) rather than a file without a contact.
 */
@Controller
class SecurityTxtController {

    static final MediaType TEXT_UTF8 = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final AgencyManagement agencies;
    private final Clock clock = Clock.systemUTC();

    SecurityTxtController(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @PermitAll
    // RFC 9116 §3: the top-level path is allowed for legacy clients
    @GetMapping({"/.well-known/security.txt", "/security.txt"})
    ResponseEntity<String> securityTxt() {
        AgencyProfile profile = agencies.profile().orElse(null);
        String body = profile == null ? null : SecurityTxt.render(profile, expires());
        if (body == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT_UTF8).body("");
        }
        return ResponseEntity.ok().contentType(TEXT_UTF8).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(body);
    }

    /**
     * RFC 9116 §2.5.5: Expires is required and should be less than a year ahead. The start of today plus
     * one year is at most a year from now and stays the same all day.
     */
    private String expires() {
        Instant expiry = clock.instant().truncatedTo(ChronoUnit.DAYS).atOffset(ZoneOffset.UTC).plusYears(1)
                .minusSeconds(1).toInstant();
        return DateTimeFormatter.ISO_INSTANT.format(expiry);
    }
}
