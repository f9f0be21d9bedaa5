package vn.congso.signing.key;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Date;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/**
 * The installation's test certification authority, used when no CA-issued key is configured: a
 * self-signed root ({@code keys/ca.p12}) that issues the agency's certificate ({@code keys/agency.p12})
 * and each officer's personal certificate ({@code keys/officers/<id>.p12}) on first need. Each keystore
 * has its own random password in {@code <keystore>.password}; keystores and passwords are created
 * readable by the owner only. A certificate is issued again when it expires within a day, when the
 * holder's name or title changed, or when the root was replaced. None of them has legal value.
 */
public final class TestCertificateAuthority {

    private static final String ALIAS = "key";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int ROOT_YEARS = 10;
    private static final int CERTIFICATE_YEARS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Clock clock;
    private final AgencyKeyLoader loader;
    private final Certificates.Issued root;

    /** Opens the root in {@code directory}, creating it (or replacing an expiring one) first. */
    public TestCertificateAuthority(Path directory, X500Name rootSubject, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.loader = new AgencyKeyLoader(clock);
        Path keystore = directory.resolve("ca.p12");
        try {
            Certificates.Issued stored = Files.exists(keystore) && Files.exists(passwordFile(keystore))
                    ? storedRoot(keystore) : null;
            this.root = stored != null ? stored : newRoot(keystore, rootSubject);
        } catch (IOException | GeneralSecurityException e) {
            throw new CongsoException(SigningError.KEY_GENERATION_FAILED, e, keystore.toString());
        }
    }

    /** The root certificate: the trust anchor of every signature made with this installation's test keys. */
    public X509Certificate root() {
        return root.certificate();
    }

    /**
     * The revocation status of this CA's certificates, as DSS asks for it: a CRL signed by the root on
     * request (nothing is revoked; a test certificate is replaced, never revoked). It lets DSS validate
     * test signatures under its default policy and embed revocation data at PAdES-LT/LTA, as with a
     * CA whose CRL is reachable; for any other issuer it asks {@code otherwise} (null: none).
     */
    public CRLSource crlSource(CRLSource otherwise) {
        CertificateToken rootToken = new CertificateToken(root.certificate());
        return (certificate, issuer) -> {
            if (issuer == null || !issuer.getDSSIdAsString().equals(rootToken.getDSSIdAsString())) {
                return otherwise == null ? null : otherwise.getRevocationToken(certificate, issuer);
            }
            try {
                Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                X509v2CRLBuilder crl = new X509v2CRLBuilder(
                        X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded()),
                        Date.from(now.minus(1, ChronoUnit.MINUTES)));
                crl.setNextUpdate(Date.from(now.plus(1, ChronoUnit.DAYS)));
                crl.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
                byte[] encoded = crl.build(new JcaContentSignerBuilder("SHA256withRSA").build(root.keyPair().getPrivate()))
                        .getEncoded();
                CRLToken token = new CRLToken(certificate, CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(encoded), rootToken));
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                return token;
            } catch (IOException | OperatorCreationException e) {
                throw new CongsoException(SigningError.KEY_GENERATION_FAILED, e, "CRL");
            }
        };
    }

    /** The agency's test key, issued by the root. */
    public SigningKey agency(X500Name subject) {
        return key(directory.resolve("agency.p12"), subject);
    }

    /** An officer's personal test key, issued by the root; {@code id} names the file (letters, digits). */
    public SigningKey officer(String id, X500Name subject) {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("id");
        }
        return key(directory.resolve("officers").resolve(id + ".p12"), subject);
    }

    private synchronized SigningKey key(Path keystore, X500Name subject) {
        Path passwordFile = passwordFile(keystore);
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                SigningKey existing = current(keystore, passwordFile, subject);
                if (existing != null) {
                    return existing;
                }
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Instant notAfter = now.atZone(VIETNAM).plusYears(CERTIFICATE_YEARS).toInstant();
            if (notAfter.isAfter(root.certificate().getNotAfter().toInstant())) {
                notAfter = root.certificate().getNotAfter().toInstant();
            }
            Certificates.Issued issued = Certificates.issue(subject, now.minus(1, ChronoUnit.HOURS), notAfter, root,
                    Certificates.Profile.testSigner());
            String password = write(keystore, issued);
            return loader.testKey(keystore, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new CongsoException(SigningError.KEY_GENERATION_FAILED, e, keystore.toString());
        }
    }

    /** The stored key if it is still usable for this subject under this root, otherwise null. */
    private SigningKey current(Path keystore, Path passwordFile, X500Name subject) throws IOException {
        SigningKey existing;
        try {
            existing = loader.testKey(keystore, Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
        } catch (CongsoException e) {
            // expired, or left unreadable by an interrupted write: a test key is simply issued again
            return null;
        }
        X509Certificate certificate = existing.certificate();
        boolean usable = certificate.getNotAfter().toInstant().isAfter(clock.instant().plus(1, ChronoUnit.DAYS))
                && X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).equals(subject)
                && issuedByRoot(certificate) && certificate.getExtensionValue("2.5.29.56") != null;
        if (usable) {
            return existing;
        }
        existing.close();
        return null;
    }

    private boolean issuedByRoot(X509Certificate certificate) {
        try {
            certificate.verify(root.certificate().getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Certificates.Issued storedRoot(Path keystore) throws IOException, GeneralSecurityException {
        char[] password = Files.readString(passwordFile(keystore), StandardCharsets.UTF_8).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        } catch (IOException e) {
            return null;
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
        if (certificate.getNotAfter().toInstant().isBefore(clock.instant().plus(CERTIFICATE_YEARS * 366L, ChronoUnit.DAYS))) {
            return null;
        }
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
        return new Certificates.Issued(new KeyPair(certificate.getPublicKey(), key), certificate);
    }

    private Certificates.Issued newRoot(Path keystore, X500Name subject) throws IOException, GeneralSecurityException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Certificates.Issued issued = Certificates.issue(subject, now.minus(1, ChronoUnit.HOURS),
                now.atZone(VIETNAM).plusYears(ROOT_YEARS).toInstant(), null, Certificates.Profile.rootAuthority());
        write(keystore, issued);
        return issued;
    }

    /** Writes the keystore under a fresh random password (stored beside it) and returns that password. */
    private static String write(Path keystore, Certificates.Issued issued) throws IOException {
        Files.createDirectories(keystore.getParent());
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path passwordTemporary = keystore.resolveSibling(keystore.getFileName() + ".password.tmp");
        Path temporary = keystore.resolveSibling(keystore.getFileName() + ".tmp");
        createOwnerOnly(passwordTemporary);
        Files.writeString(passwordTemporary, password, StandardCharsets.UTF_8);
        createOwnerOnly(temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            issued.writePkcs12(out, ALIAS, password.toCharArray());
        }
        // the password first: a crash between the moves leaves a keystore that no longer opens, which is
        // replaced on the next start, never a keystore without its password
        Files.move(passwordTemporary, passwordFile(keystore), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.move(temporary, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static Path passwordFile(Path keystore) {
        return keystore.resolveSibling(keystore.getFileName() + ".password");
    }

    private static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }
}
