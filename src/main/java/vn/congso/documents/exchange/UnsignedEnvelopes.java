package vn.congso.documents.exchange;

import org.springframework.stereotype.Component;
import vn.congso.documents.edxml.AgencyIdentifier;

/**
 * NOT DONE: envelopes go out unsigned and arrive unchecked. A placeholder so exchange works
 * between test installations until the signing module supplies a real {@link EnvelopeSigner}
 * (then this class is removed). Peers are only trusted by their configured address meanwhile.
 */
@Component
class UnsignedEnvelopes implements EnvelopeSigner {

    @Override
    public byte[] sign(byte[] envelope) {
        return envelope;
    }

    @Override
    public void verify(byte[] envelope, AgencyIdentifier sender) {
        // no signature to check yet: see the class comment
    }
}
