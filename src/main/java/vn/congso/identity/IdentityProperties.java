package vn.congso.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts and login settings ({@code congso.identity.*}).
 *
 * @param lockout       how many failed logins in a row lock an account, and for how long
 * @param rateLimit     requests per minute and client address: logins, and any POST by a visitor not logged in
 * @param adminPassword password of the first {@code admin} account of an installation without demo data
 *                      ({@code CONGSO_ADMIN_PASSWORD}); read only while no ADMIN account exists
 * @param oidc          login through the national identity provider (VNeID); off unless enabled and configured
 */
@Validated
@ConfigurationProperties("congso.identity")
public record IdentityProperties(@DefaultValue @Valid Lockout lockout,
                                 @DefaultValue @Valid RateLimit rateLimit,
                                 String adminPassword,
                                 @DefaultValue Oidc oidc) {

    /**
     * @param maxFailures failed logins in a row that lock the account
     * @param duration    how long the lock lasts
     */
    public record Lockout(@DefaultValue("5") @Positive int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    /**
     * @param loginPerMinute         login attempts (POST /dang-nhap) per client address and minute
     * @param anonymousPostPerMinute other POST requests by visitors not logged in (forms, /api) per address and minute
     */
    public record RateLimit(@DefaultValue("10") @Positive int loginPerMinute,
                            @DefaultValue("30") @Positive int anonymousPostPerMinute) {
    }

    /**
     * @param enabled          wires OIDC login; also needs a client registration under
     *                         {@code spring.security.oauth2.client.registration.<registrationId>}
     * @param registrationId   the client registration to use
     * @param citizenIdClaim   the ID-token/user-info claim carrying the 12-digit personal identification number
     * @param nameClaim        the claim carrying the full name
     * @param phoneClaim       the claim carrying the mobile number
     * @param emailClaim       the claim carrying the e-mail address
     */
    public record Oidc(@DefaultValue("false") boolean enabled,
                       @DefaultValue("vneid") String registrationId,
                       @DefaultValue("citizen_id") String citizenIdClaim,
                       @DefaultValue("name") String nameClaim,
                       @DefaultValue("phone_number") String phoneClaim,
                       @DefaultValue("email") String emailClaim) {
    }
}
