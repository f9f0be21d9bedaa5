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
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import org.springframework.beans.factory.ObjectProvider;
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
import vn.congso.signing.image.DemoSeal;
import vn.congso.signing.image.SignatureImages;
import vn.congso.signing.key.AgencyKeyLoader;
import vn.congso.signing.key.Certificates;
import vn.congso.signing.key.ConfiguredOfficerKeys;
import vn.congso.signing.key.OfficerKeySource;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.key.TestCertificateAuthority;
import vn.congso.signing.key.TestOfficerKeys;
import vn.congso.signing.pdf.Appearance;
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
    private final SignatureImages images;
    private final List<OfficerKeySource> officerSources;
    private final ConfiguredOfficerKeys configuredOfficers;
    private final Clock clock = Clock.systemUTC();
    private final AgencyKeyLoader loader = new AgencyKeyLoader(clock);
    private final SignatureLevel level;
    private final byte[] font = VietnameseFont.regular();
    private volatile SigningKey key;
    private volatile TestCertificateAuthority authority;
    private volatile TestOfficerKeys testOfficers;
    private volatile DemoSealImage demoSeal;

    SigningManagement(SigningProperties properties, CongsoProperties congso, AgencyManagement agency,
                      TrustAnchorRepository anchors, MessageSource messages, AuditLog audit, SignatureImages images,
                      ObjectProvider<OfficerKeySource> officerSources) {
        this.properties = properties;
        this.congso = congso;
        this.agency = agency;
        this.anchors = anchors;
        this.messages = messages;
        this.audit = audit;
        this.images = images;
        this.officerSources = officerSources.orderedStream().toList();
        try {
            this.level = level(properties);
            if (properties.hasKeystore()) {
                key = loader.pkcs12(properties.keystore(), properties.keystorePassword(), properties.keyAlias());
            } else if (properties.hasPkcs11()) {
                key = loader.pkcs11(properties.pkcs11Library(), properties.pkcs11Slot(), properties.pkcs11Pin(),
                        properties.keyAlias());
            }
            configuredOfficers = new ConfiguredOfficerKeys(properties.officers(), loader);
        } catch (CongsoException e) {
            // A misconfigured key must stop the start-up with a reason the operator can read.
            log.error(messages.getMessage(e.code().messageKey(), e.arguments(), e.code().name(), VIETNAMESE));
            throw e;
        }
    }

    /**
     * Signs as the agency with the agency's key (the seal signature): the visible signature shows the
     * seal image at its right end and the agency's name and the signing time.
     */
    public byte[] signAsAgency(byte[] pdf, SignaturePlacement placement) {
        SigningKey current = key();
        String name = profile().nameVi();
        OffsetDateTime now = now();
        // NĐ30/2020 Phụ lục I: the agency's signature is the image of its seal, red, covering about the left
        // third of the signer's signature, with the agency's name and the time, ISO 8601, Vietnam time.
        return sign(current, pdf, placement, now, new Appearance(text("signing.appearance.agency", name, iso(now)),
                sealImage().orElse(null), Appearance.Side.RIGHT));
    }

    /**
     * The seal image the agency's signatures show: the one the administrator uploaded or, in an
     * installation signing with test keys, a generated specimen marked "MẪU – KHÔNG CÓ GIÁ TRỊ".
     */
    public java.util.Optional<byte[]> sealImage() {
        java.util.Optional<byte[]> uploaded = images.seal();
        if (uploaded.isPresent() || !key().testCertificate()) {
            return uploaded;
        }
        String name = profile().nameVi();
        DemoSealImage current = demoSeal;
        if (current == null || !current.agency().equals(name)) {
            current = new DemoSealImage(name, DemoSeal.png(name, text("signing.demo-seal.specimen"),
                    text("signing.demo-seal.no-value")));
            demoSeal = current;
        }
        return java.util.Optional.of(current.png());
    }

    private record DemoSealImage(String agency, byte[] png) {
    }

    /**
     * Signs as the competent person with their own personal key, so validation names them as the
     * signer: the visible signature shows their handwritten-signature image (when they uploaded one),
     * name, title and the signing time.
     */
    public byte[] signAsOfficer(byte[] pdf, Signer signer, SignaturePlacement placement) {
        SigningKey personal = officerKey(signer);
        OffsetDateTime now = now();
        String text = signer.title() == null || signer.title().isBlank()
                ? text("signing.appearance.officer-untitled", signer.fullName(), iso(now))
                : text("signing.appearance.officer", signer.fullName(), signer.title(), iso(now));
        byte[] handwritten = images.signature(signer.account()).orElse(null);
        return sign(personal, pdf, placement, now, new Appearance(text, handwritten, Appearance.Side.LEFT));
    }

    /** The certificate {@link #signAsOfficer} signs with for this officer (issued now by the test CA if needed). */
    public X509Certificate officerCertificate(Signer signer) {
        return officerKey(signer).certificate();
    }

    /** Validates every signature in the PDF against the agency's certificate and the trust anchors. */
    public ValidationSummary validate(byte[] pdf) {
        SigningKey current = key();
        return new PdfSignatureValidator(clock).validate(pdf, verifier(current),
                current.testCertificate() ? authority().root() : null);
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

    /** True when signatures are made with this installation's test certificates (no legal value). */
    public boolean isTestCertificate() {
        return key().testCertificate();
    }

    /** The certificate of the agency's signing key. */
    public X509Certificate agencyCertificate() {
        return key().certificate();
    }

    /**
     * The certificate another installation adds as a trust anchor to validate this one's signatures, the
     * agency's and the officers': the test CA's root, or the root of the configured agency key's chain.
     */
    public X509Certificate trustRoot() {
        SigningKey current = key();
        if (current.testCertificate()) {
            return authority().root();
        }
        var chain = current.entry().getCertificateChain();
        return chain[chain.length - 1].getCertificate();
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

    private byte[] sign(SigningKey signingKey, byte[] pdf, SignaturePlacement placement, OffsetDateTime now,
                        Appearance appearance) {
        if (signingKey.testCertificate()) {
            appearance = new Appearance(appearance.text() + "\n" + text("signing.appearance.test-certificate"),
                    appearance.image(), appearance.imageSide());
        }
        OnlineTSPSource tsp = properties.hasTsa() ? new OnlineTSPSource(properties.tsaUrl()) : null;
        return new PdfSigner(verifier(key()), tsp, level, font).sign(pdf, signingKey, appearance,
                placement == null ? SignaturePlacement.bottomRightOfLastPage() : placement, now.toInstant());
    }

    private SigningKey officerKey(Signer signer) {
        for (OfficerKeySource source : officerSources) {
            java.util.Optional<SigningKey> found = source.keyFor(signer);
            if (found.isPresent()) {
                return found.get();
            }
        }
        java.util.Optional<SigningKey> configured = configuredOfficers.keyFor(signer);
        if (configured.isPresent()) {
            return configured.get();
        }
        if (properties.hasConfiguredKey()) {
            // a real agency key: never fall back to test certificates, nor to the agency's key
            throw new CongsoException(SigningError.OFFICER_KEY_MISSING, signer.fullName(),
                    signer.account() == null ? "?" : signer.account());
        }
        return testOfficers().keyFor(signer, profile().nameVi(), text("signing.test-certificate.unit"));
    }

    private CommonCertificateVerifier verifier(SigningKey current) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(current.testCertificate() ? authority().root() : current.certificate()));
        for (byte[] anchor : anchors.certificates()) {
            trusted.addCertificate(DSSUtils.loadCertificate(anchor));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        CRLSource online = properties.onlineRevocation() ? new OnlineCRLSource() : null;
        verifier.setCrlSource(current.testCertificate() ? authority().crlSource(online) : online);
        if (properties.onlineRevocation()) {
            verifier.setOcspSource(new OnlineOCSPSource());
            verifier.setAIASource(new DefaultAIASource());
        }
        return verifier;
    }

    /** The configured key, or the test CA's agency key, made on first use once the agency is known. */
    private SigningKey key() {
        SigningKey current = key;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (key == null) {
                String name = profile().nameVi();
                key = authority().agency(Certificates.subject(name, name, text("signing.test-certificate.unit")));
                log.warn(text("signing.log.test-certificate", congso.resolve("keys")));
            }
            return key;
        }
    }

    private synchronized TestCertificateAuthority authority() {
        if (authority == null) {
            String name = profile().nameVi();
            authority = new TestCertificateAuthority(congso.resolve("keys"), Certificates.subject(
                    text("signing.test-ca.name", name), name, text("signing.test-certificate.unit")), clock);
        }
        return authority;
    }

    private synchronized TestOfficerKeys testOfficers() {
        if (testOfficers == null) {
            testOfficers = new TestOfficerKeys(authority());
        }
        return testOfficers;
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
        configuredOfficers.close();
        if (testOfficers != null) {
            testOfficers.close();
        }
    }
}
