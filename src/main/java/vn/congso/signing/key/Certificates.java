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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * X.509 certificates made with Bouncy Castle: the installation's test certification authority (a
 * self-signed root and the agency's and officers' certificates it issues), and the keys tests sign with.
 */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** RSA 2048, the size Vietnamese public CAs issue for signing certificates. */
    private static final int KEY_SIZE = 2048;
    /** RFC 9608 id-ce-noRevAvail. */
    private static final org.bouncycastle.asn1.ASN1ObjectIdentifier NO_REVOCATION_AVAILABLE =
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.5.29.56");

    private Certificates() {
    }

    /** A key pair, its certificate and the chain up to the root (the certificate first). */
    public record Issued(KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {

        public Issued(KeyPair keyPair, X509Certificate certificate) {
            this(keyPair, certificate, List.of(certificate));
        }

        /** Writes the key and its chain into a PKCS#12 keystore under the given alias. */
        public void writePkcs12(OutputStream out, String alias, char[] password) throws IOException {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(alias, keyPair.getPrivate(), password, chain.toArray(new Certificate[0]));
                store.store(out, password);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }
    }

    /**
     * What a certificate is for and where its revocation status is published.
     *
     * @param authority     a CA certificate (keyCertSign, cRLSign) rather than a signer's
     * @param extendedUsage e.g. id-kp-timeStamping for a time-stamping authority (RFC 3161 §2.3, critical)
     * @param crlUrl        CRL distribution point, or null
     * @param ocspUrl       OCSP responder (authority information access), or null
     * @param noRevocation  the certificate says no revocation information is available for it (RFC 9608
     *                      {@code id-ce-noRevAvail}): test certificates are replaced, never revoked, so
     *                      another installation validates them without asking this one for a CRL
     */
    public record Profile(boolean authority, KeyPurposeId extendedUsage, String crlUrl, String ocspUrl,
                          boolean noRevocation) {

        public static Profile signer() {
            return new Profile(false, null, null, null, false);
        }

        /** A signer's certificate of the installation's test CA. */
        public static Profile testSigner() {
            return new Profile(false, null, null, null, true);
        }

        public static Profile rootAuthority() {
            return new Profile(true, null, null, null, false);
        }

        public static Profile timeStamping() {
            return new Profile(false, KeyPurposeId.id_kp_timeStamping, null, null, false);
        }

        public Profile withRevocation(String crl, String ocsp) {
            return new Profile(authority, extendedUsage, crl, ocsp, noRevocation);
        }
    }

    /** The subject of a certificate for an organisation: country VN, organisation, optional unit. */
    public static X500Name subject(String commonName, String organisation, String unit) {
        return person(commonName, null, organisation, unit);
    }

    /** The subject of a person's certificate: full name (CN), title (T), agency (O), optional unit. */
    public static X500Name person(String fullName, String title, String organisation, String unit) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
        }
        if (unit != null) {
            name.addRDN(BCStyle.OU, unit);
        }
        if (title != null && !title.isBlank()) {
            name.addRDN(BCStyle.T, title);
        }
        return name.addRDN(BCStyle.CN, fullName).build();
    }

    /** A self-signed certificate for signing documents (digitalSignature, nonRepudiation). */
    public static Issued issue(X500Name subject, Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        return issue(subject, notBefore, notAfter, null, Profile.signer());
    }

    /** A self-signed certificate with the given extended key usage (e.g. for a time-stamping authority). */
    public static Issued issue(X500Name subject, Instant notBefore, Instant notAfter, KeyPurposeId extendedUsage)
            throws GeneralSecurityException {
        return issue(subject, notBefore, notAfter, null, new Profile(false, extendedUsage, null, null, false));
    }

    /**
     * A new key pair and its certificate, signed by {@code issuer} (self-signed when null).
     */
    public static Issued issue(X500Name subject, Instant notBefore, Instant notAfter, Issued issuer, Profile profile)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_SIZE, RANDOM);
        KeyPair keyPair = generator.generateKeyPair();
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(
                issuer.certificate().getSubjectX500Principal().getEncoded());
        KeyPair signing = issuer == null ? keyPair : issuer.keyPair();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(128, RANDOM), Date.from(notBefore), Date.from(notAfter), subject, keyPair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(signing.getPublic()));
            if (profile.authority()) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            }
            if (profile.extendedUsage() != null) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(profile.extendedUsage()));
            } else if (!profile.authority()) {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            if (profile.crlUrl() != null) {
                DistributionPointName where = new DistributionPointName(new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, profile.crlUrl())));
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(where, null, null)}));
            }
            if (profile.noRevocation()) {
                builder.addExtension(NO_REVOCATION_AVAILABLE, false, org.bouncycastle.asn1.DERNull.INSTANCE);
            }
            if (profile.ocspUrl() != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, profile.ocspUrl()))));
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signing.getPrivate())));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            if (issuer != null) {
                chain.addAll(issuer.chain());
            }
            return new Issued(keyPair, certificate, List.copyOf(chain));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
