package vn.congso.documents.exchange;

import vn.congso.documents.edxml.AgencyIdentifier;

/**
 * Where envelopes get their XML signature before they leave and have it checked when they arrive.
 * The signing module will provide the real implementation; until then {@link UnsignedEnvelopes}
 * passes envelopes through unsigned and unchecked.
 */
public interface EnvelopeSigner {

    /** The envelope as it is to be sent, signed. */
    byte[] sign(byte[] envelope);

    /** Refuses (with a {@code CongsoException}) an envelope whose signature is not the sender's or is broken. */
    void verify(byte[] envelope, AgencyIdentifier sender);
}
