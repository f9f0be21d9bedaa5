package vn.congso.signing;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the agency's signing key lives and how signatures are made ({@code congso.signing.*}).
 * With neither a keystore nor a PKCS#11 library configured, a self-signed test certificate is
 * generated under {@code <data dir>/keys/}.
 *
 * @param keystore          PKCS#12 file of the agency's key and certificate chain
 * @param keystorePassword  its password (from the environment, never from the repository)
 * @param keyAlias          alias of the key in the keystore or token; the first key when empty
 * @param pkcs11Library     path of the PKCS#11 library of a USB token or HSM (instead of a keystore)
 * @param pkcs11Slot        slot id on the token
 * @param pkcs11Pin         PIN of the token
 * @param tsaUrl            RFC 3161 time-stamping service: signatures become PAdES BASELINE-T
 * @param level             {@code B}, {@code T}, {@code LT} or {@code LTA}; empty: B, or T with a TSA
 * @param onlineRevocation  fetch CRL/OCSP and missing issuer certificates over the network, for LT/LTA
 *                          signing and for validation of certificates from a CA
 * @param maxUploadSize     largest PDF the public validation page and API accept
 * @param officers          each officer's personal key, by account name (PKCS#12 or PKCS#11)
 * @param maxImageSize      largest seal or handwritten-signature image (PNG) accepted
 */
@ConfigurationProperties("congso.signing")
public record SigningProperties(
        Path keystore,
        String keystorePassword,
        String keyAlias,
        String pkcs11Library,
        @DefaultValue("0") int pkcs11Slot,
        String pkcs11Pin,
        String tsaUrl,
        String level,
        @DefaultValue("false") boolean onlineRevocation,
        @DefaultValue("20MB") DataSize maxUploadSize,
        Map<String, OfficerKey> officers,
        @DefaultValue("1MB") DataSize maxImageSize) {

    public SigningProperties {
        officers = officers == null ? Map.of() : Map.copyOf(officers);
    }

    /**
     * An officer's personal key: a PKCS#12 keystore, or a PKCS#11 token (the USB token a licensed CA
     * issued the officer, plugged into the server, or a slot of the agency's HSM).
     */
    public record OfficerKey(Path keystore, String keystorePassword, String keyAlias, String pkcs11Library,
                             @DefaultValue("0") int pkcs11Slot, String pkcs11Pin) {
    }

    /** True when the agency's key is configured, so officers need configured keys too (no test CA). */
    public boolean hasConfiguredKey() {
        return hasKeystore() || hasPkcs11();
    }

    public boolean hasKeystore() {
        return keystore != null && !keystore.toString().isBlank();
    }

    public boolean hasPkcs11() {
        return pkcs11Library != null && !pkcs11Library.isBlank();
    }

    public boolean hasTsa() {
        return tsaUrl != null && !tsaUrl.isBlank();
    }
}
