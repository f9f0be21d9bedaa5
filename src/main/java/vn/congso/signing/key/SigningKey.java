package vn.congso.signing.key;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.cert.X509Certificate;

/**
 * The agency's signing key, open for the life of the application.
 *
 * @param testCertificate the key is this installation's generated self-signed test certificate, whose
 *                        signatures have no legal value
 */
public record SigningKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry, boolean testCertificate)
        implements AutoCloseable {

    public X509Certificate certificate() {
        return entry.getCertificate().getCertificate();
    }

    @Override
    public void close() {
        token.close();
    }
}
