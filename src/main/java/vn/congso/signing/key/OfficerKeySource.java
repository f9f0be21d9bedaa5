package vn.congso.signing.key;

import java.util.Optional;
import vn.congso.signing.Signer;

/**
 * Where an officer's personal signing key comes from. The module asks, in order, every Spring bean of
 * this type (the seam for a remote-signing service: its {@link SigningKey} wraps a DSS
 * {@code SignatureTokenConnection} whose {@code sign} sends the digest to the service and returns the
 * signature value, with the officer's certificate chain in the key entry), then the keys configured
 * under {@code congso.signing.officers.<account>}, then, in an installation without configured keys,
 * the test certification authority.
 */
public interface OfficerKeySource {

    /**
     * The officer's key, or empty when this source has none for them. The source owns the key: the
     * caller neither caches nor closes it.
     */
    Optional<SigningKey> keyFor(Signer signer);
}
