package vn.congso.documents.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Envelopes received from peers, one row per DocumentId. */
@Repository
public class IncomingEnvelopeRepository {

    private final JdbcClient jdbc;

    IncomingEnvelopeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the envelope unless one with this DocumentId and business type (new, recall, update, replace) is
     * already stored; the new row's id, if any.
     */
    public Optional<Long> insertIfNew(String documentId, int businessDocType, String senderOrganId, String numberSymbol,
                                      String subject, String envelope) {
        return jdbc.sql("""
                insert into documents_incoming_envelope (document_id, business_doc_type, sender_organ_id, number_symbol,
                    subject, envelope)
                values (?, ?, ?, ?, ?, ?) on conflict (document_id, business_doc_type) do nothing returning id
                """).params(documentId, businessDocType, senderOrganId, numberSymbol, subject, envelope)
                .query(Long.class).optional();
    }

    public int countByDocumentId(String documentId) {
        return jdbc.sql("select count(*) from documents_incoming_envelope where document_id = ?")
                .param(documentId).query(Integer.class).single();
    }
}
