package vn.congso.signing.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

class AgencyKeyLoaderTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @TempDir
    Path directory;

    private final AgencyKeyLoader loader = new AgencyKeyLoader(Clock.systemUTC());

    private Path keystore(Instant notBefore, Instant notAfter, String password) throws Exception {
        Certificates.Issued issued = Certificates.issue(
                Certificates.subject("Ủy ban nhân dân xã Thanh Định", "Ủy ban nhân dân xã Thanh Định", null),
                notBefore, notAfter);
        Path file = directory.resolve("co-quan.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            issued.writePkcs12(out, "co-quan", password.toCharArray());
        }
        return file;
    }

    private static String vietnamese(CongsoException e) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/signing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(e.code().messageKey(), e.arguments(), VIETNAMESE);
    }

    @Test
    void opensAConfiguredKeystore() throws Exception {
        Instant now = Instant.now();
        Path file = keystore(now.minus(1, ChronoUnit.DAYS), now.plus(100, ChronoUnit.DAYS), "Dung-Mat-Khau-1");

        try (SigningKey key = loader.pkcs12(file, "Dung-Mat-Khau-1", "co-quan")) {
            assertThat(key.certificate().getSubjectX500Principal().getName()).contains("Thanh Định");
            assertThat(key.testCertificate()).isFalse();
        }
    }

    @Test
    void wrongKeystorePasswordIsAVietnameseError() throws Exception {
        Instant now = Instant.now();
        Path file = keystore(now.minus(1, ChronoUnit.DAYS), now.plus(100, ChronoUnit.DAYS), "Dung-Mat-Khau-1");

        assertThatThrownBy(() -> loader.pkcs12(file, "sai-mat-khau", null))
                .isInstanceOfSatisfying(CongsoException.class, e -> {
                    assertThat(e.code()).isEqualTo(SigningError.KEYSTORE_WRONG_PASSWORD);
                    assertThat(vietnamese(e)).startsWith("Sai mật khẩu kho khóa ký số").contains("co-quan.p12");
                });
    }

    @Test
    void expiredCertificateIsRefusedWithItsExpiryDate() throws Exception {
        Path file = keystore(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2023-01-01T00:00:00Z"), "Dung-Mat-Khau-1");

        assertThatThrownBy(() -> loader.pkcs12(file, "Dung-Mat-Khau-1", null))
                .isInstanceOfSatisfying(CongsoException.class, e -> {
                    assertThat(e.code()).isEqualTo(SigningError.CERTIFICATE_EXPIRED);
                    assertThat(vietnamese(e)).contains("đã hết hạn từ 01/01/2023 07:00").contains("Thanh Định");
                });
    }

    @Test
    void unknownAliasIsRefused() throws Exception {
        Instant now = Instant.now();
        Path file = keystore(now.minus(1, ChronoUnit.DAYS), now.plus(100, ChronoUnit.DAYS), "Dung-Mat-Khau-1");

        assertThatThrownBy(() -> loader.pkcs12(file, "Dung-Mat-Khau-1", "khong-co"))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(vietnamese(e)).contains("Không tìm thấy khóa ký số có bí danh \"khong-co\""));
    }

    @Test
    void missingKeystoreIsReported() {
        assertThatThrownBy(() -> loader.pkcs12(directory.resolve("khong-co.p12"), "x", null))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.KEYSTORE_UNREADABLE));
    }
}
