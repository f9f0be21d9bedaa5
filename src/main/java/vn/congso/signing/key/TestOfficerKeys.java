package vn.congso.signing.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import vn.congso.signing.Signer;

/**
 * Officers' personal test keys from the installation's test CA, kept open once made. The certificate's
 * subject carries the officer's full name (CN), title (T) and agency (O), and a unit saying it is a test
 * certificate; a change of any of them gets the officer a new certificate.
 */
public final class TestOfficerKeys implements AutoCloseable {

    private final TestCertificateAuthority authority;
    private final Map<String, SigningKey> open = new ConcurrentHashMap<>();

    public TestOfficerKeys(TestCertificateAuthority authority) {
        this.authority = authority;
    }

    public SigningKey keyFor(Signer signer, String agency, String testUnit) {
        X500Name subject = Certificates.person(signer.fullName(), signer.title(), agency, testUnit);
        String id = fileName(signer.keyOwner());
        return open.compute(id, (ignored, current) -> {
            if (current != null && X500Name.getInstance(current.certificate().getSubjectX500Principal().getEncoded())
                    .equals(subject) && current.certificate().getNotAfter().getTime() > System.currentTimeMillis()) {
                return current;
            }
            if (current != null) {
                current.close();
            }
            return authority.officer(id, subject);
        });
    }

    /** A file name that reveals nothing about the officer: part of the SHA-256 of the key's owner. */
    private static String fileName(String owner) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(owner.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        open.values().forEach(SigningKey::close);
        open.clear();
    }
}
