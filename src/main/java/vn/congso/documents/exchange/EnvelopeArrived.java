package vn.congso.documents.exchange;

import vn.congso.documents.edxml.Envelope;

/**
 * A recall, update or replacement (BussinessDocType 1–3) arrived from a peer and was stored; published inside the
 * receiving transaction so the incoming documents it concerns change with it.
 */
public record EnvelopeArrived(long envelopeId, Envelope envelope) {
}
