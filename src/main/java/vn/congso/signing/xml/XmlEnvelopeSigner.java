package vn.congso.signing.xml;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import eu.europa.esig.dss.xades.validation.XMLDocumentValidator;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.congso.signing.key.SigningKey;

/**
 * XAdES-BASELINE-B enveloped signatures of XML messages (edXML envelopes, NĐ137 Đ9 k4) with the agency
 * key, and their check against the certificate a peer agency is known by.
 */
public final class XmlEnvelopeSigner {

    /**
     * DSS's default validation policy, parsed once: loading it from its XML (JAXB) took about a quarter of
     * each check of a 1.4 MB envelope ({@code bench/exchange.sh}). The policy is only read during validation.
     */
    private static final class DefaultPolicy {
        static final ValidationPolicy POLICY = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    }

    private XmlEnvelopeSigner() {
    }

    public static byte[] sign(byte[] xml, SigningKey key, Date signingTime) {
        XAdESSignatureParameters parameters = new XAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        parameters.setSignaturePackaging(SignaturePackaging.ENVELOPED);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(key.entry().getCertificateChain());
        parameters.bLevel().setSigningDate(signingTime);
        XAdESService service = new XAdESService(new CommonCertificateVerifier());
        DSSDocument document = new InMemoryDocument(xml);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = key.token().sign(toBeSigned, parameters.getDigestAlgorithm(), key.entry());
        try (InputStream signed = service.signDocument(document, parameters, value).openStream()) {
            return signed.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Checks the XML carries exactly one intact signature made with {@code expected}; the reason it does
     * not, or empty when it does.
     */
    public static Optional<String> verify(byte[] xml, X509Certificate expected) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        CertificateToken expectedToken = new CertificateToken(expected);
        trusted.addCertificate(expectedToken);
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        Reports reports;
        try {
            XMLDocumentValidator validator = new XMLDocumentValidator(new InMemoryDocument(xml));
            validator.setCertificateVerifier(verifier);
            // only the simple report and the diagnostic data are read below
            validator.setEnableEtsiValidationReport(false);
            reports = validator.validateDocument(DefaultPolicy.POLICY);
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName());
        }
        SimpleReport simple = reports.getSimpleReport();
        List<String> ids = simple.getSignatureIdList();
        if (ids.isEmpty()) {
            return Optional.of("NO_SIGNATURE");
        }
        if (ids.size() > 1) {
            return Optional.of("MORE_THAN_ONE_SIGNATURE");
        }
        String id = ids.get(0);
        var signature = reports.getDiagnosticData().getSignatureById(id);
        if (signature == null || signature.getSigningCertificate() == null
                || !expectedToken.getDSSIdAsString().equals(signature.getSigningCertificate().getId())) {
            return Optional.of("NOT_THE_PEERS_CERTIFICATE");
        }
        if (!signature.isSignatureIntact() || !signature.isSignatureValid()
                || !signature.getDigestMatchers().stream().allMatch(d -> d.isDataIntact())) {
            return Optional.of("HASH_FAILURE");
        }
        Indication indication = simple.getIndication(id);
        if (indication == Indication.TOTAL_FAILED || indication == Indication.FAILED) {
            return Optional.of(String.valueOf(simple.getSubIndication(id)));
        }
        return Optional.empty();
    }
}
