package vn.congso.signing.key;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/**
 * Opens a signing key from a PKCS#12 keystore, a PKCS#11 token, or the installation's test CA,
 * and refuses a key whose certificate is not valid today (a signature made with it would not be valid).
 */
public final class AgencyKeyLoader {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private final Clock clock;

    public AgencyKeyLoader(Clock clock) {
        this.clock = clock;
    }

    /** A configured PKCS#12 keystore; checked at start-up so a wrong password stops the application. */
    public SigningKey pkcs12(Path file, String password, String alias) {
        return pkcs12(file, password, alias, false);
    }

    private SigningKey pkcs12(Path file, String password, String alias, boolean test) {
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
    public SigningKey pkcs11(String library, int slot, String pin, String alias) {
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

    /** A key of the installation's test certification authority (see {@link TestCertificateAuthority}). */
    SigningKey testKey(Path file, String password) {
        return pkcs12(file, password, null, true);
    }

    private SigningKey open(SignatureTokenConnection token, String alias, boolean test, String source) {
        try {
            DSSPrivateKeyEntry entry = select(token, alias, source);
            checkValidity(entry.getCertificate().getCertificate());
            return new SigningKey(token, entry, test);
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
