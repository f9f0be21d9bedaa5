package vn.congso.signing;

import vn.congso.shared.pdf.VietnameseFont;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.audit.AuditLog;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;
import vn.congso.signing.key.AgencyKey;
import vn.congso.signing.key.AgencyKeyLoader;
import vn.congso.signing.key.SelfSignedCertificates;
import vn.congso.signing.pdf.PdfSigner;
import vn.congso.signing.persistence.TrustAnchorRepository;
import vn.congso.signing.validation.PdfSignatureValidator;

/**
 * Signing and validating PDF documents (ký số) for the other modules: the agency's signature, an
 * officer's signature, and validation of any signed PDF against the agency's trust anchors.
 */
@Service
public class SigningManagement {

    private static final Logger log = LoggerFactory.getLogger(SigningManagement.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SigningProperties properties;
    private final CongsoProperties congso;
    private final AgencyManagement agency;
    private final TrustAnchorRepository anchors;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final AgencyKeyLoader loader = new AgencyKeyLoader(clock);
    private final SignatureLevel level;
    private final byte[] font = VietnameseFont.regular();
    private volatile AgencyKey key;

    SigningManagement(SigningProperties properties, CongsoProperties congso, AgencyManagement agency,
                      TrustAnchorRepository anchors, MessageSource messages, AuditLog audit) {
        this.properties = properties;
        this.congso = congso;
        this.agency = agency;
        this.anchors = anchors;
        this.messages = messages;
        this.audit = audit;
        try {
            this.level = level(properties);
            if (properties.hasKeystore()) {
                key = loader.pkcs12(properties.keystore(), properties.keystorePassword(), properties.keyAlias());
            } else if (properties.hasPkcs11()) {
                key = loader.pkcs11(properties.pkcs11Library(), properties.pkcs11Slot(), properties.pkcs11Pin(),
                        properties.keyAlias());
            }
        } catch (CongsoException e) {
            // A misconfigured key must stop the start-up with a reason the operator can read.
            log.error(messages.getMessage(e.code().messageKey(), e.arguments(), e.code().name(), VIETNAMESE));
            throw e;
        }
    }

    /** Signs as the agency: the visible signature shows the agency's name and the signing time. */
    public byte[] signAsAgency(byte[] pdf, SignaturePlacement placement) {
        String name = profile().nameVi();
        OffsetDateTime now = now();
        // NĐ30/2020 Phụ lục I: the agency's signature shows its name and the time, ISO 8601, Vietnam time.
        return sign(pdf, placement, now, text("signing.appearance.agency", name, iso(now)));
    }

    /**
     * Signs as the competent person with the agency's key: the visible signature shows the signer's
     * name, title and the signing time.
     */
    public byte[] signAsOfficer(byte[] pdf, Signer signer, SignaturePlacement placement) {
        OffsetDateTime now = now();
        String text = signer.title() == null || signer.title().isBlank()
                ? text("signing.appearance.officer-untitled", signer.fullName(), iso(now))
                : text("signing.appearance.officer", signer.fullName(), signer.title(), iso(now));
        return sign(pdf, placement, now, text);
    }

    /** Validates every signature in the PDF against the agency's certificate and the trust anchors. */
    public ValidationSummary validate(byte[] pdf) {
        AgencyKey current = key();
        return new PdfSignatureValidator(clock).validate(pdf, verifier(current),
                current.testCertificate() ? current.certificate() : null);
    }

    /**
     * Signs an XML message (an edXML envelope, NĐ137 Đ9 k4) with the agency key: XAdES-BASELINE-B,
     * enveloped, so the recipient checks it against the certificate it knows this agency by.
     */
    public byte[] signXml(byte[] xml) {
        return vn.congso.signing.xml.XmlEnvelopeSigner.sign(xml, key(), java.util.Date.from(clock.instant()));
    }

    /**
     * Checks an XML message carries one intact signature made with the given certificate: empty when it
     * does, otherwise a short technical reason (HASH_FAILURE, NOT_THE_PEERS_CERTIFICATE, NO_SIGNATURE …).
     */
    public java.util.Optional<String> verifyXml(byte[] xml, X509Certificate expected) {
        return vn.congso.signing.xml.XmlEnvelopeSigner.verify(xml, expected);
    }

    /** True when signatures are made with this installation's self-signed test certificate (no legal value). */
    public boolean isTestCertificate() {
        return key().testCertificate();
    }

    /** The certificate of the agency's signing key. */
    public X509Certificate agencyCertificate() {
        return key().certificate();
    }

    /** PAdES level new signatures get: B, or T and up with a time-stamping service. */
    public SignatureLevel signatureLevel() {
        return level;
    }

    public List<TrustAnchor> trustAnchors() {
        return anchors.all();
    }

    /** Adds a root certificate (PEM or DER) to trust when validating; audited. */
    @Transactional
    public TrustAnchor addTrustAnchor(byte[] certificateFile, String addedBy) {
        X509Certificate certificate = parseCertificate(certificateFile);
        try {
            byte[] encoded = certificate.getEncoded();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
            TrustAnchor added = anchors.add(certificate, encoded, sha256, addedBy)
                    .orElseThrow(() -> new CongsoException(SigningError.TRUST_ANCHOR_EXISTS,
                            certificate.getSubjectX500Principal().getName()));
            audit.record("SIGNING_TRUST_ANCHOR_ADDED", "signing_trust_anchor", String.valueOf(added.id()),
                    added.subject() + " (SHA-256 " + added.sha256().substring(0, 16) + "…)");
            return added;
        } catch (CertificateException | NoSuchAlgorithmException e) {
            throw new CongsoException(SigningError.NOT_A_CERTIFICATE, e);
        }
    }

    /** Stops trusting a root certificate; audited. */
    @Transactional
    public TrustAnchor removeTrustAnchor(long id) {
        TrustAnchor anchor = anchors.find(id).orElseThrow(() -> new CongsoException(SigningError.TRUST_ANCHOR_NOT_FOUND, id));
        anchors.remove(id);
        audit.record("SIGNING_TRUST_ANCHOR_REMOVED", "signing_trust_anchor", String.valueOf(id),
                anchor.subject() + " (SHA-256 " + anchor.sha256().substring(0, 16) + "…)");
        return anchor;
    }

    private byte[] sign(byte[] pdf, SignaturePlacement placement, OffsetDateTime now, String text) {
        AgencyKey current = key();
        if (current.testCertificate()) {
            text = text + "\n" + text("signing.appearance.test-certificate");
        }
        return signer(current).sign(pdf, current, text,
                placement == null ? SignaturePlacement.bottomRightOfLastPage() : placement, now.toInstant());
    }

    private PdfSigner signer(AgencyKey current) {
        OnlineTSPSource tsp = properties.hasTsa() ? new OnlineTSPSource(properties.tsaUrl()) : null;
        return new PdfSigner(verifier(current), tsp, level, font);
    }

    private CommonCertificateVerifier verifier(AgencyKey current) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(current.certificate()));
        for (byte[] anchor : anchors.certificates()) {
            trusted.addCertificate(DSSUtils.loadCertificate(anchor));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        if (properties.onlineRevocation()) {
            verifier.setCrlSource(new OnlineCRLSource());
            verifier.setOcspSource(new OnlineOCSPSource());
            verifier.setAIASource(new DefaultAIASource());
        }
        return verifier;
    }

    /** The configured key, or the generated test certificate, created on first use once the agency is known. */
    private AgencyKey key() {
        AgencyKey current = key;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (key == null) {
                String name = profile().nameVi();
                key = loader.generated(congso.resolve("keys"),
                        SelfSignedCertificates.subject(name, name, text("signing.test-certificate.unit")));
                log.warn(text("signing.log.test-certificate", congso.resolve("keys").resolve("agency.p12")));
            }
            return key;
        }
    }

    private AgencyProfile profile() {
        return agency.profile().orElseThrow(() -> new CongsoException(SigningError.AGENCY_PROFILE_MISSING));
    }

    private static X509Certificate parseCertificate(byte[] file) {
        if (file == null || file.length == 0) {
            throw new CongsoException(SigningError.EMPTY_FILE);
        }
        try {
            // The JDK's X.509 factory reads both PEM ("-----BEGIN CERTIFICATE-----") and DER.
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(file));
        } catch (CertificateException | ClassCastException e) {
            throw new CongsoException(SigningError.NOT_A_CERTIFICATE, e);
        }
    }

    private static SignatureLevel level(SigningProperties properties) {
        String name = properties.level() == null || properties.level().isBlank()
                ? (properties.hasTsa() ? "T" : "B") : properties.level().strip().toUpperCase(Locale.ROOT);
        SignatureLevel level = switch (name) {
            case "B" -> SignatureLevel.PAdES_BASELINE_B;
            case "T" -> SignatureLevel.PAdES_BASELINE_T;
            case "LT" -> SignatureLevel.PAdES_BASELINE_LT;
            case "LTA" -> SignatureLevel.PAdES_BASELINE_LTA;
            default -> throw new CongsoException(SigningError.UNKNOWN_LEVEL, name);
        };
        if (level != SignatureLevel.PAdES_BASELINE_B && !properties.hasTsa()) {
            throw new CongsoException(SigningError.TIMESTAMP_SERVICE_REQUIRED, name);
        }
        return level;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    @PreDestroy
    void close() {
        if (key != null) {
            key.close();
        }
    }
}
