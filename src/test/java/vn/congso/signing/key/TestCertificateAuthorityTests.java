package vn.congso.signing.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCertificateAuthorityTests {

    private static final String AGENCY = "Ủy ban nhân dân xã Thanh Định";
    private static final String UNIT = "Chứng thư số thử nghiệm - không có giá trị pháp lý";
    private static final X500Name ROOT = Certificates.subject("Tổ chức chứng thực thử nghiệm của " + AGENCY, AGENCY, UNIT);
    private static final X500Name AGENCY_SUBJECT = Certificates.subject(AGENCY, AGENCY, UNIT);

    @TempDir
    Path keys;

    @Test
    void rootIssuesTheAgencyCertificateAndBothAreReusedOnRestart() throws Exception {
        X509Certificate root;
        byte[] agency;
        TestCertificateAuthority authority = new TestCertificateAuthority(keys, ROOT, Clock.systemUTC());
        root = authority.root();
        try (SigningKey key = authority.agency(AGENCY_SUBJECT)) {
            assertThat(key.testCertificate()).isTrue();
            assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
            key.certificate().verify(root.getPublicKey());
            assertThat(key.certificate().getBasicConstraints()).isEqualTo(-1);
            assertThat(key.entry().getCertificateChain()).hasSize(2);
            agency = key.certificate().getEncoded();
        }
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());

        TestCertificateAuthority restarted = new TestCertificateAuthority(keys, ROOT, Clock.systemUTC());
        assertThat(restarted.root().getEncoded()).isEqualTo(root.getEncoded());
        try (SigningKey again = restarted.agency(AGENCY_SUBJECT)) {
            assertThat(again.certificate().getEncoded()).isEqualTo(agency);
        }
        for (String file : new String[] {"ca.p12", "ca.p12.password", "agency.p12", "agency.p12.password"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(Files.readString(keys.resolve("agency.p12.password")).strip()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void officerCertificateNamesThePersonTheirTitleAndAgencyAndFollowsATitleChange() throws Exception {
        TestCertificateAuthority authority = new TestCertificateAuthority(keys, ROOT, Clock.systemUTC());
        X500Name chairman = Certificates.person("Phùng Văn Đăng", "Chủ tịch UBND xã", AGENCY, UNIT);
        byte[] first;
        try (SigningKey key = authority.officer("a1", chairman)) {
            String subject = key.certificate().getSubjectX500Principal().toString();
            assertThat(subject).contains("CN=Phùng Văn Đăng").contains("Chủ tịch UBND xã").contains("O=" + AGENCY)
                    .contains("thử nghiệm");
            key.certificate().verify(authority.root().getPublicKey());
            first = key.certificate().getEncoded();
        }
        try (SigningKey same = authority.officer("a1", chairman)) {
            assertThat(same.certificate().getEncoded()).isEqualTo(first);
        }
        X500Name promoted = Certificates.person("Phùng Văn Đăng", "Bí thư Đảng ủy xã", AGENCY, UNIT);
        try (SigningKey changed = authority.officer("a1", promoted)) {
            assertThat(changed.certificate().getEncoded()).isNotEqualTo(first);
            assertThat(changed.certificate().getSubjectX500Principal().toString()).contains("Bí thư Đảng ủy xã");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("officers/a1.p12"))))
                .isEqualTo("rw-------");
    }

    @Test
    void replacesAnExpiredCertificate() throws Exception {
        Clock fourYearsAgo = Clock.fixed(Instant.now().minus(4 * 366, ChronoUnit.DAYS), ZoneOffset.UTC);
        byte[] old;
        try (SigningKey key = new TestCertificateAuthority(keys, ROOT, fourYearsAgo).agency(AGENCY_SUBJECT)) {
            old = key.certificate().getEncoded();
        }

        try (SigningKey key = new TestCertificateAuthority(keys, ROOT, Clock.systemUTC()).agency(AGENCY_SUBJECT)) {
            assertThat(key.certificate().getEncoded()).isNotEqualTo(old);
            assertThat(key.certificate().getNotAfter().toInstant()).isAfter(Instant.now());
        }
    }

    @Test
    void replacesTheSelfSignedAgencyCertificateOfEarlierVersions() throws Exception {
        Instant now = Instant.now();
        Certificates.Issued selfSigned = Certificates.issue(AGENCY_SUBJECT, now.minus(1, ChronoUnit.DAYS),
                now.plus(300, ChronoUnit.DAYS));
        try (OutputStream out = Files.newOutputStream(keys.resolve("agency.p12"))) {
            selfSigned.writePkcs12(out, "agency", "mat-khau-cu".toCharArray());
        }
        Files.writeString(keys.resolve("agency.p12.password"), "mat-khau-cu");

        TestCertificateAuthority authority = new TestCertificateAuthority(keys, ROOT, Clock.systemUTC());
        try (SigningKey key = authority.agency(AGENCY_SUBJECT)) {
            assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(authority.root().getSubjectX500Principal());
        }
    }
}
