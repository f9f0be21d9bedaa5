package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.shared.CongsoException;
import vn.congso.testing.CongsoIntegrationTest;

/** OIDC is off in the default run; a person the provider vouched for gets an account only with consent. */
@CongsoIntegrationTest
class OidcRegistrationTests {

    @Autowired
    AccountRegistration registration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theDefaultRunHasNoIdentityProviderConfigured() {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBean(IdentityProperties.class).oidc().enabled()).isFalse();
    }

    @Test
    void aPersonFromTheProviderGetsALinkedCitizenAccountWithTheirConsent() {
        String subject = "vneid-sub-" + System.nanoTime();
        String citizenId = String.format("001185%06d", System.nanoTime() % 1_000_000);
        var person = new AccountRegistration.FromIdentityProvider("https://vneid.example.invalid", subject,
                "Bùi Thị Thu Trang", citizenId, "0388123456", "trang@example.invalid");

        long id = registration.register(person, true);

        var account = accounts.findByOidcSubject("https://vneid.example.invalid", subject).orElseThrow();
        assertThat(account.id()).isEqualTo(id);
        assertThat(account.citizenId()).isEqualTo(citizenId);
        assertThat(accounts.roles(id)).containsExactly(Role.CITIZEN);
        assertThat(jdbc.sql("select data_items from identity_consent where account_id = ?").param(id)
                .query(String.class).single()).contains("Mã định danh tài khoản VNeID");
    }

    @Test
    void withoutConsentNothingIsStored() {
        String subject = "vneid-sub-" + System.nanoTime();
        var person = new AccountRegistration.FromIdentityProvider("https://vneid.example.invalid", subject,
                "Bùi Văn Tú", null, null, null);

        assertThatThrownBy(() -> registration.register(person, false))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(IdentityError.CONSENT_REQUIRED));
        assertThat(accounts.findByOidcSubject("https://vneid.example.invalid", subject)).isEmpty();
    }
}
