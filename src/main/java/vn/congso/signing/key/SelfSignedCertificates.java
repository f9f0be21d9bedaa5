package vn.congso.signing.key;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed signing certificates made with Bouncy Castle: the test certificate of an installation
 * without a CA-issued key, and the keys tests sign with.
 */
public final class SelfSignedCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedCertificates() {
    }

    /** A key pair and its certificate. */
    public record Issued(KeyPair keyPair, X509Certificate certificate) {

        /** Writes both into a PKCS#12 keystore under the given alias. */
        public void writePkcs12(OutputStream out, String alias, char[] password) throws IOException {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(alias, keyPair.getPrivate(), password, new Certificate[] {certificate});
                store.store(out, password);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }
    }

    /** The subject of a certificate for an organisation: country VN, organisation, optional unit. */
    public static X500Name subject(String commonName, String organisation, String unit) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
        }
        if (unit != null) {
            name.addRDN(BCStyle.OU, unit);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    /** A self-signed certificate for signing documents (digitalSignature, nonRepudiation). */
    public static Issued issue(X500Name subject, Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        return issue(subject, notBefore, notAfter, null);
    }

    /**
     * A self-signed certificate with the given extended key usage, e.g. id-kp-timeStamping for a
     * time-stamping authority (RFC 3161 §2.3 requires it, critical).
     */
    public static Issued issue(X500Name subject, Instant notBefore, Instant notAfter,
                               org.bouncycastle.asn1.x509.KeyPurposeId extendedUsage) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, RANDOM);
        KeyPair keyPair = generator.generateKeyPair();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(128, RANDOM), Date.from(notBefore), Date.from(notAfter), subject, keyPair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            if (extendedUsage == null) {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new org.bouncycastle.asn1.x509.ExtendedKeyUsage(extendedUsage));
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
            return new Issued(keyPair, certificate);
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
