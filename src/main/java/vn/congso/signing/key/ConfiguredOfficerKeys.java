package vn.congso.signing.key;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.congso.signing.Signer;
import vn.congso.signing.SigningProperties;

/**
 * Officers' personal keys configured under {@code congso.signing.officers.<account>}: each a PKCS#12
 * keystore or a PKCS#11 token, opened once at start-up so a wrong password, a missing token or an
 * expired certificate stops the start with its reason, as for the agency's key.
 */
public final class ConfiguredOfficerKeys implements OfficerKeySource, AutoCloseable {

    private final Map<String, SigningKey> keys = new LinkedHashMap<>();

    public ConfiguredOfficerKeys(Map<String, SigningProperties.OfficerKey> configuration, AgencyKeyLoader loader) {
        try {
            configuration.forEach((account, key) -> keys.put(account, open(key, loader)));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static SigningKey open(SigningProperties.OfficerKey key, AgencyKeyLoader loader) {
        if (key.pkcs11Library() != null && !key.pkcs11Library().isBlank()) {
            return loader.pkcs11(key.pkcs11Library(), key.pkcs11Slot(), key.pkcs11Pin(), key.keyAlias());
        }
        return loader.pkcs12(key.keystore(), key.keystorePassword(), key.keyAlias());
    }

    @Override
    public Optional<SigningKey> keyFor(Signer signer) {
        return signer.account() == null ? Optional.empty() : Optional.ofNullable(keys.get(signer.account()));
    }

    @Override
    public void close() {
        keys.values().forEach(SigningKey::close);
        keys.clear();
    }
}
