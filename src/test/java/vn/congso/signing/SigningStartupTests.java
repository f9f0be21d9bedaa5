package vn.congso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;
import vn.congso.signing.key.SelfSignedCertificates;

/** A misconfigured key stops the application at start-up, with the reason in Vietnamese in the log. */
@ExtendWith(OutputCaptureExtension.class)
class SigningStartupTests {

    @TempDir
    Path directory;

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/signing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private SigningManagement start(SigningProperties properties) {
        return new SigningManagement(properties, new CongsoProperties(directory, "http://localhost"), null, null,
                messages(), null);
    }

    private static SigningProperties keystore(Path file, String password, String level, String tsa) {
        return new SigningProperties(file, password, null, null, 0, null, tsa, level, false, DataSize.ofMegabytes(20));
    }

    private Path keystore(Instant notBefore, Instant notAfter) throws Exception {
        Path file = directory.resolve("ubnd-xa.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            SelfSignedCertificates.issue(SelfSignedCertificates.subject("Ủy ban nhân dân xã Thanh Định", null, null),
                    notBefore, notAfter).writePkcs12(out, "ubnd", "Mat-Khau-Dung".toCharArray());
        }
        return file;
    }

    @Test
    void wrongKeystorePasswordStopsTheStartWithAVietnameseReason(CapturedOutput output) throws Exception {
        Path file = keystore(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));

        assertThatThrownBy(() -> start(keystore(file, "mat-khau-sai", null, null)))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.KEYSTORE_WRONG_PASSWORD));
        assertThat(output).contains("Sai mật khẩu kho khóa ký số").contains("ubnd-xa.p12");
    }

    @Test
    void expiredCertificateStopsTheStart(CapturedOutput output) throws Exception {
        Path file = keystore(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));

        assertThatThrownBy(() -> start(keystore(file, "Mat-Khau-Dung", null, null)))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.CERTIFICATE_EXPIRED));
        assertThat(output).contains("đã hết hạn từ 01/01/2024 07:00");
    }

    @Test
    void timestampedLevelWithoutATimestampServiceStopsTheStart(CapturedOutput output) throws Exception {
        Path file = keystore(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));

        assertThatThrownBy(() -> start(keystore(file, "Mat-Khau-Dung", "LT", null)))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.TIMESTAMP_SERVICE_REQUIRED));
        assertThat(output).contains("cần dịch vụ cấp dấu thời gian");
    }

    @Test
    void timestampServiceMakesBaselineTTheDefault() throws Exception {
        Path file = keystore(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));

        SigningManagement signing = start(keystore(file, "Mat-Khau-Dung", null, "http://127.0.0.1:9/tsa"));

        assertThat(signing.signatureLevel().toString()).isEqualTo("PAdES-BASELINE-T");
        assertThat(signing.isTestCertificate()).isFalse();
        signing.close();
    }
}
