package vn.congso.documents.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.springframework.stereotype.Component;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.DocumentsProperties;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningManagement;

/**
 * Envelopes leave with the agency's XAdES enveloped signature and arrive checked against the
 * certificate configured for the sending peer ({@code congso.documents.peer-certificates}): NĐ137 Đ9
 * k4 requires exchanged documents to be authentic and intact, and the peer list alone only names an
 * address, so without this anyone reaching the inbox could post as a peer.
 */
@Component
class SignedEnvelopes implements EnvelopeSigner {

    private final SigningManagement signing;
    private final DocumentsProperties properties;

    SignedEnvelopes(SigningManagement signing, DocumentsProperties properties) {
        this.signing = signing;
        this.properties = properties;
    }

    @Override
    public byte[] sign(byte[] envelope) {
        return signing.signXml(envelope);
    }

    @Override
    public void verify(byte[] envelope, AgencyIdentifier sender) {
        Path file = properties.peerCertificates().get(sender.value());
        if (file == null) {
            if (properties.requireSignedEnvelopes()) {
                throw new CongsoException(DocumentsError.PEER_CERTIFICATE_MISSING, sender.value());
            }
            return;
        }
        signing.verifyXml(envelope, certificate(file)).ifPresent(reason -> {
            throw new CongsoException(DocumentsError.SIGNATURE_INVALID, reason);
        });
    }

    // read at each check, so an operator replaces a peer's renewed certificate without a restart
    private static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new CongsoException(DocumentsError.PEER_CERTIFICATE_MISSING, file.toString());
        }
    }
}
