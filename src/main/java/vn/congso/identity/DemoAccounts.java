package vn.congso.identity;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.Department;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.shared.CongsoProperties;
import vn.congso.shared.DemoProperties;

/**
 * One demo account per role in the default run. Random passwords are printed once, when the
 * accounts are created; {@code CONGSO_DEMO_PASSWORD} fixes them (and resets them at every start) for
 * scripted demos.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    record DemoAccount(String username, String fullName, Role role, String departmentCode, String title) {
    }

    static final java.util.List<DemoAccount> ACCOUNTS = java.util.List.of(
            new DemoAccount("admin", "Nguyễn Văn Quản", Role.ADMIN, "VP", "Công chức quản trị hệ thống"),
            new DemoAccount("lanhdao", "Phùng Văn Đăng", Role.LEADER, null, "Chủ tịch UBND xã"),
            new DemoAccount("truongphong", "Hoàng Thị Lan", Role.HEAD, "VHXH", "Trưởng bộ phận Văn hóa - Xã hội"),
            new DemoAccount("canbo", "Ma Văn Hùng", Role.OFFICER, "TP-HT", "Công chức Tư pháp - Hộ tịch"),
            new DemoAccount("vanthu", "Lường Thị Mai", Role.CLERK, "VP", "Văn thư"),
            new DemoAccount("congdan", "Đinh Thị Hoa", Role.CITIZEN, null, null));

    private final DemoProperties demo;
    private final CongsoProperties congso;
    private final AccountRepository accounts;
    private final AgencyManagement agency;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(DemoProperties demo, CongsoProperties congso, AccountRepository accounts, AgencyManagement agency,
                 PasswordEncoder encoder, Environment environment) {
        this.environment = environment;
        this.demo = demo;
        this.congso = congso;
        this.accounts = accounts;
        this.agency = agency;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        boolean fixed = demo.password() != null && !demo.password().isBlank();
        Map<String, String> created = new LinkedHashMap<>();
        for (DemoAccount account : ACCOUNTS) {
            String password = fixed ? demo.password() : randomPassword();
            if (!accounts.exists(account.username())) {
                create(account, encoder.encode(password));
                created.put(account.username(), password);
            } else if (fixed) {
                accounts.setPassword(account.username(), encoder.encode(password));
                created.put(account.username(), password);
            }
        }
        printBanner(created);
    }

    private void create(DemoAccount account, String hash) {
        Long departmentId = account.departmentCode() == null ? null : agency.departments().stream()
                .filter(d -> d.code().equals(account.departmentCode())).map(Department::id).findFirst().orElse(null);
        long id;
        if (account.role() == Role.CITIZEN) {
            id = accounts.createIndividual(account.username(), hash, account.fullName(), "019190000001",
                    "0912000001", "congdan@example.invalid");
        } else {
            id = accounts.createStaff(account.username(), hash, account.fullName(),
                    account.username() + "@example.invalid", departmentId, account.title());
        }
        accounts.grant(id, Set.of(account.role()));
    }

    private void printBanner(Map<String, String> passwords) {
        StringBuilder banner = new StringBuilder("\n")
                .append("==============================================================\n")
                .append(" congso is running at ").append(address()).append('\n');
        if (passwords.isEmpty()) {
            banner.append(" Demo accounts exist already; their passwords were printed when they were created.\n")
                  .append(" Set CONGSO_DEMO_PASSWORD to reset them all to one known password.\n");
        } else {
            banner.append(" Demo accounts (user name / password):\n");
            passwords.forEach((user, password) -> banner.append(String.format("   %-12s %s%n", user, password)));
        }
        banner.append("==============================================================");
        log.info(banner.toString());
    }

    /** The address actually listened on (the configured public URL sits behind a proxy in production). */
    private String address() {
        String port = environment.getProperty("local.server.port");
        return port == null ? congso.publicUrl() : "http://localhost:" + port + " (public address " + congso.publicUrl() + ")";
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
