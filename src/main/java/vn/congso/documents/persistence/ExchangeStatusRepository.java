package vn.congso.documents.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Status messages (03–06, or a late 02) received about the documents we sent. */
@Repository
public class ExchangeStatusRepository {

    /** One status a recipient reported. */
    public record Received(String documentId, String fromOrganId, String statusCode, String description,
                           Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    ExchangeStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> insertIfNew(String documentId, String from, String code, String description) {
        return jdbc.sql("""
                insert into documents_exchange_status (document_id, from_organ_id, status_code, description)
                values (?, ?, ?, ?) on conflict (document_id, from_organ_id, status_code) do nothing returning id
                """).params(documentId, from, code, description).query(Long.class).optional();
    }

    public List<Received> about(String documentId) {
        return jdbc.sql("""
                select document_id, from_organ_id, status_code, description, received_at
                from documents_exchange_status where document_id = ? order by status_code, id""")
                .param(documentId).query(Received.class).list();
    }
}
