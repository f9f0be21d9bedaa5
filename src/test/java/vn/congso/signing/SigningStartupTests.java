package vn.congso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.congso.signing.key.OfficerKeySource;
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
import vn.congso.signing.key.Certificates;

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
                messages(), null, null, new StaticListableBeanFactory().getBeanProvider(OfficerKeySource.class));
    }

    private static SigningProperties keystore(Path file, String password, String level, String tsa) {
        return withOfficers(file, password, level, tsa, Map.of());
    }

    private static SigningProperties withOfficers(Path file, String password, String level, String tsa,
                                                  Map<String, SigningProperties.OfficerKey> officers) {
        return new SigningProperties(file, password, null, null, 0, null, tsa, level, false, DataSize.ofMegabytes(20),
                officers, DataSize.ofMegabytes(1));
    }

    private Path keystore(Instant notBefore, Instant notAfter) throws Exception {
        return keystore("ubnd-xa.p12", notBefore, notAfter);
    }

    private Path keystore(String name, Instant notBefore, Instant notAfter) throws Exception {
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Certificates.issue(Certificates.subject("Ủy ban nhân dân xã Thanh Định", null, null),
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
    void certificateNotYetValidStopsTheStart(CapturedOutput output) throws Exception {
        Path file = keystore(Instant.parse("2099-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));

        assertThatThrownBy(() -> start(keystore(file, "Mat-Khau-Dung", null, null)))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.CERTIFICATE_NOT_YET_VALID));
        assertThat(output).contains("chưa có hiệu lực (từ 01/01/2099 07:00)");
    }

    @Test
    void officerKeystoreWithTheWrongPasswordStopsTheStart(CapturedOutput output) throws Exception {
        Path agencyFile = keystore(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));
        Path officerFile = keystore("chu-tich.p12", Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));
        var officers = Map.of("chutich", new SigningProperties.OfficerKey(officerFile, "sai", null, null, 0, null));

        assertThatThrownBy(() -> start(withOfficers(agencyFile, "Mat-Khau-Dung", null, null, officers)))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.KEYSTORE_WRONG_PASSWORD));
        assertThat(output).contains("Sai mật khẩu kho khóa ký số").contains("chu-tich.p12");
    }

    @Test
    void officerWithoutAConfiguredKeyIsToldSoAndNothingIsSignedWithTheAgencyKey() throws Exception {
        Path agencyFile = keystore(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));
        SigningManagement signing = start(keystore(agencyFile, "Mat-Khau-Dung", null, null));
        try {
            assertThatThrownBy(() -> signing.signAsOfficer(SigningFixtures.decision(1),
                    new Signer("pvdang", "Phùng Văn Đăng", "Chủ tịch"), null))
                    .isInstanceOfSatisfying(CongsoException.class, e -> {
                        assertThat(e.code()).isEqualTo(SigningError.OFFICER_KEY_MISSING);
                        assertThat(messages().getMessage(e.code().messageKey(), e.arguments(), Locale.forLanguageTag("vi")))
                                .startsWith("Chưa cấu hình khóa ký số cá nhân cho Phùng Văn Đăng")
                                .contains("congso.signing.officers.pvdang");
                    });
        } finally {
            signing.close();
        }
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
