package vn.congso.documents.edxml;

import java.util.List;

/** An edXML envelope (gói tin edXML, QCVN 102:2016) carrying one document to other agencies. */
public record Envelope(MessageHeader header, TraceHeaderList trace, List<Attachment> attachments) {

    public Envelope {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public String documentId() {
        return header.documentId();
    }
}
