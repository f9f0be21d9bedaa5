package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.testing.TestPostgres;

/**
 * The first start of a production installation, on an empty database of its own (no application
 * context: the bean with the real repository and migrations).
 */
class ProductionAdminTests {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private AccountRepository accounts;

    @BeforeEach
    void emptyDatabase() {
        TestPostgres postgres = TestPostgres.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.createDatabase("congso_admin"),
                postgres.user(), postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        accounts = new AccountRepository(JdbcClient.create(dataSource));
    }

    @Test
    void withoutThePasswordTheStartFailsSayingHowToSetIt() {
        assertThatThrownBy(() -> bootstrap(null).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONGSO_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters");
        assertThat(accounts.anyHolds(Role.ADMIN)).isFalse();
    }

    @Test
    void aShortOrCommonPasswordIsRefused() {
        assertThatThrownBy(() -> bootstrap("Ngắn-1234").run(null)).hasMessageContaining("too weak");
        assertThatThrownBy(() -> bootstrap("admin-Thanh-Dinh-2025").run(null)).hasMessageContaining("too weak");
        assertThat(accounts.exists("admin")).isFalse();
    }

    @Test
    void createsTheAdminFromThePassword() {
        bootstrap("Quản trị xã Thanh Định 2025").run(null);

        AccountRepository.AccountRow admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(accounts.roles(admin.id())).containsExactly(Role.ADMIN);
        assertThat(admin.kind()).isEqualTo("STAFF");
        assertThat(encoder.matches("Quản trị xã Thanh Định 2025", admin.passwordHash())).isTrue();
    }

    @Test
    void anExistingAdminNeedsNoPassword() {
        bootstrap("Quản trị xã Thanh Định 2025").run(null);
        String hash = accounts.findByUsername("admin").orElseThrow().passwordHash();

        bootstrap(null).run(null);
        bootstrap("Mật khẩu khác hẳn 2026").run(null);

        assertThat(accounts.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    private ProductionAdmin bootstrap(String password) {
        IdentityProperties properties = new IdentityProperties(
                new IdentityProperties.Lockout(5, Duration.ofMinutes(15)), new IdentityProperties.RateLimit(10, 30),
                password, new IdentityProperties.Oidc(false, "vneid", "citizen_id", "name", "phone_number", "email"));
        return new ProductionAdmin(accounts, encoder, properties);
    }
}
