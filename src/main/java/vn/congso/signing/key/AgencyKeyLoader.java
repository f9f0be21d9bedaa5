package vn.congso.signing.key;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/**
 * Opens the agency's key from a PKCS#12 keystore, a PKCS#11 token, or the generated test certificate,
 * and refuses a key whose certificate is not valid today (a signature made with it would not be valid).
 */
public final class AgencyKeyLoader {

    static final String GENERATED_ALIAS = "agency";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int TEST_CERTIFICATE_YEARS = 3;

    private final Clock clock;

    public AgencyKeyLoader(Clock clock) {
        this.clock = clock;
    }

    /** A configured PKCS#12 keystore; checked at start-up so a wrong password stops the application. */
    public AgencyKey pkcs12(Path file, String password, String alias) {
        return pkcs12(file, password, alias, false);
    }

    private AgencyKey pkcs12(Path file, String password, String alias, boolean test) {
        if (!Files.isReadable(file)) {
            throw new CongsoException(SigningError.KEYSTORE_UNREADABLE, file.toString());
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore.getInstance("PKCS12").load(in, secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new CongsoException(SigningError.KEYSTORE_WRONG_PASSWORD, e, file.toString());
            }
            throw new CongsoException(SigningError.KEYSTORE_UNREADABLE, e, file.toString());
        } catch (GeneralSecurityException e) {
            throw new CongsoException(SigningError.KEYSTORE_UNREADABLE, e, file.toString());
        }
        SignatureTokenConnection token;
        try {
            token = new Pkcs12SignatureToken(file.toFile(), new KeyStore.PasswordProtection(secret));
        } catch (IOException | RuntimeException e) {
            throw new CongsoException(SigningError.KEYSTORE_UNREADABLE, e, file.toString());
        }
        return open(token, alias, test, file.toString());
    }

    /** A USB token or HSM through its PKCS#11 library (e.g. the token a licensed CA issued the agency). */
    public AgencyKey pkcs11(String library, int slot, String pin, String alias) {
        SignatureTokenConnection token;
        try {
            token = new Pkcs11SignatureToken(library,
                    new KeyStore.PasswordProtection(pin == null ? new char[0] : pin.toCharArray()), slot);
            token.getKeys();
        } catch (RuntimeException e) {
            throw new CongsoException(SigningError.TOKEN_UNAVAILABLE, e, library, slot);
        }
        return open(token, alias, false, library);
    }

    /**
     * The installation's self-signed test certificate in {@code keys/agency.p12}, its random password in
     * {@code keys/agency.p12.password}, both readable by the owner only; generated on first use and again
     * once it has expired.
     */
    public AgencyKey generated(Path keysDirectory, X500Name subject) {
        Path keystore = keysDirectory.resolve("agency.p12");
        Path passwordFile = keysDirectory.resolve("agency.p12.password");
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                AgencyKey existing = existingTestKey(keystore, passwordFile);
                if (existing != null) {
                    return existing;
                }
            }
            generate(keysDirectory, keystore, passwordFile, subject);
            return pkcs12(keystore, Files.readString(passwordFile, StandardCharsets.UTF_8).strip(), GENERATED_ALIAS, true);
        } catch (IOException | GeneralSecurityException e) {
            throw new CongsoException(SigningError.KEY_GENERATION_FAILED, e, keystore.toString());
        }
    }

    /** The stored test key, or null when it has expired or expires within a day (then it is replaced). */
    private AgencyKey existingTestKey(Path keystore, Path passwordFile) throws IOException {
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        try {
            AgencyKey existing = pkcs12(keystore, password, GENERATED_ALIAS, true);
            if (existing.certificate().getNotAfter().toInstant().isAfter(clock.instant().plus(1, ChronoUnit.DAYS))) {
                return existing;
            }
            existing.close();
            return null;
        } catch (CongsoException e) {
            if (e.code() == SigningError.CERTIFICATE_EXPIRED) {
                return null;
            }
            throw e;
        }
    }

    private void generate(Path directory, Path keystore, Path passwordFile, X500Name subject)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SelfSignedCertificates.Issued issued = SelfSignedCertificates.issue(subject, now.minus(1, ChronoUnit.HOURS),
                now.atZone(VIETNAM).plusYears(TEST_CERTIFICATE_YEARS).toInstant());
        writeOwnerOnly(passwordFile, password.getBytes(StandardCharsets.UTF_8));
        Path temporary = directory.resolve("agency.p12.tmp");
        createOwnerOnly(temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            issued.writePkcs12(out, GENERATED_ALIAS, password.toCharArray());
        }
        Files.move(temporary, keystore, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        createOwnerOnly(file);
        Files.write(file, content);
    }

    private static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private AgencyKey open(SignatureTokenConnection token, String alias, boolean test, String source) {
        try {
            DSSPrivateKeyEntry entry = select(token, alias, source);
            checkValidity(entry.getCertificate().getCertificate());
            return new AgencyKey(token, entry, test);
        } catch (CongsoException e) {
            token.close();
            throw e;
        }
    }

    private static DSSPrivateKeyEntry select(SignatureTokenConnection token, String alias, String source) {
        List<DSSPrivateKeyEntry> keys = token.getKeys();
        if (alias != null && !alias.isBlank() && token instanceof eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection store) {
            DSSPrivateKeyEntry entry;
            try {
                entry = store.getKey(alias);
            } catch (RuntimeException e) {
                throw new CongsoException(SigningError.KEY_NOT_FOUND, e, alias, source);
            }
            if (entry == null) {
                throw new CongsoException(SigningError.KEY_NOT_FOUND, alias, source);
            }
            return entry;
        }
        if (keys.isEmpty()) {
            throw new CongsoException(SigningError.KEY_NOT_FOUND, String.valueOf(alias), source);
        }
        return keys.get(0);
    }

    /** NĐ130/2018 Đ9 k1 a: a digital signature is made while the certificate is valid. */
    private void checkValidity(X509Certificate certificate) {
        Instant now = clock.instant();
        String subject = certificate.getSubjectX500Principal().getName();
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw new CongsoException(SigningError.CERTIFICATE_EXPIRED, subject,
                    DAY.format(certificate.getNotAfter().toInstant()));
        }
        if (certificate.getNotBefore().toInstant().isAfter(now)) {
            throw new CongsoException(SigningError.CERTIFICATE_NOT_YET_VALID, subject,
                    DAY.format(certificate.getNotBefore().toInstant()));
        }
    }
}
