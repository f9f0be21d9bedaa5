package vn.congso.documents.exchange;

import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.edxml.StatusEnvelope;

/**
 * Exchange of documents with other agencies (liên thông văn bản, NĐ137 Đ9 k4) as edXML
 * envelopes of QCVN 102:2016.
 */
public interface DocumentExchange {

    /**
     * Sends the envelope to a peer agency, at least once: it is queued in the caller's transaction
     * and delivered (and retried) in the background. Sending the same document to the same peer
     * twice queues it once.
     */
    void send(AgencyIdentifier recipient, Envelope envelope);

    /**
     * Takes an envelope that arrived from a peer and answers with the status to send back: 01 (đã
     * đến) once it is stored, the same again for a repeated delivery, 02 (từ chối tiếp nhận) with
     * the reason when it cannot be accepted.
     */
    StatusEnvelope receive(byte[] envelope);
}
