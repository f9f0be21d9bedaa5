package vn.congso.documents.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.agency.AgencyManagement;
import vn.congso.audit.AuditLog;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.DocumentsProperties;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.EdxmlWriter;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.edxml.Organization;
import vn.congso.documents.edxml.ResponseFor;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;
import vn.congso.documents.persistence.IncomingEnvelopeRepository;
import vn.congso.documents.persistence.OutboxRepository;
import vn.congso.shared.CongsoException;

/**
 * Document exchange between congso installations over HTTP: outgoing envelopes go through the
 * outbox ({@link OutboxDispatcher}), incoming ones arrive at {@code POST /api/v1/edxml/inbox}.
 */
@Service
class HttpDocumentExchange implements DocumentExchange {

    private static final Logger log = LoggerFactory.getLogger(HttpDocumentExchange.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final EdxmlReader reader;
    private final EdxmlWriter writer;
    private final EnvelopeSigner signer;
    private final DocumentsProperties properties;
    private final AgencyManagement agency;
    private final IncomingEnvelopeRepository incoming;
    private final OutboxRepository outbox;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    HttpDocumentExchange(EdxmlReader reader, EdxmlWriter writer, EnvelopeSigner signer, DocumentsProperties properties,
                         AgencyManagement agency, IncomingEnvelopeRepository incoming, OutboxRepository outbox,
                         AuditLog audit, MessageSource messages, TransactionTemplate transactions) {
        this.reader = reader;
        this.writer = writer;
        this.signer = signer;
        this.properties = properties;
        this.agency = agency;
        this.incoming = incoming;
        this.outbox = outbox;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    @Override
    @Transactional
    public void send(AgencyIdentifier recipient, Envelope envelope) {
        if (properties.peer(recipient.value()).isEmpty()) {
            throw new CongsoException(DocumentsError.UNKNOWN_PEER, recipient.value());
        }
        String xml = new String(signer.sign(writer.write(envelope)), StandardCharsets.UTF_8);
        outbox.enqueue(recipient.value(), envelope.documentId(), xml).ifPresent(id -> audit.record(
                "documents.envelope-queued", "edxml-envelope", envelope.documentId(), "to " + recipient));
    }

    @Override
    public StatusEnvelope receive(byte[] xml) {
        Optional<Organization> us = ourselves();
        Envelope envelope;
        try {
            envelope = reader.readEnvelope(xml);
        } catch (CongsoException e) {
            return refusal(us, null, e);
        }
        ResponseFor about = about(envelope);
        try {
            AgencyIdentifier sender = envelope.header().from().organId();
            // NĐ137 Đ9 k4: documents are exchanged with the agencies the installation is connected to
            if (properties.peer(sender.value()).isEmpty()) {
                throw new CongsoException(DocumentsError.EDXML_UNKNOWN_SENDER, sender.value());
            }
            if (us.isEmpty() || envelope.header().to().stream().noneMatch(to -> to.organId().equals(us.get().organId()))) {
                throw new CongsoException(DocumentsError.EDXML_NOT_FOR_US,
                        us.map(o -> o.organId().value()).orElse("?"));
            }
            signer.verify(xml, sender);
            transactions.executeWithoutResult(tx -> store(envelope, xml));
            return status(us, about, StatusCode.ARRIVED, null);
        } catch (CongsoException e) {
            return refusal(us, about, e);
        }
    }

    private void store(Envelope envelope, byte[] xml) {
        String documentId = envelope.documentId();
        // at-least-once delivery: the same DocumentId again is the same document, recorded once
        incoming.insertIfNew(documentId, envelope.header().from().organId().value(),
                envelope.header().code().toString(), envelope.header().subject(),
                new String(xml, StandardCharsets.UTF_8)).ifPresent(id -> audit.record("documents.envelope-received",
                "edxml-envelope", documentId, envelope.header().code() + " " + envelope.header().subject()));
    }

    private StatusEnvelope refusal(Optional<Organization> us, ResponseFor about, CongsoException e) {
        String reason = messages.getMessage(e.code().messageKey(), e.arguments(), e.code().name(), VIETNAMESE);
        log.info("edXML envelope refused ({}): {}", about == null ? "unreadable" : about.documentId(), reason);
        return status(us, about, StatusCode.REJECTED, reason);
    }

    private static StatusEnvelope status(Optional<Organization> us, ResponseFor about, StatusCode code, String description) {
        return new StatusEnvelope(about, us.orElse(null), code, description,
                LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS), null);
    }

    private static ResponseFor about(Envelope envelope) {
        return new ResponseFor(envelope.header().from().organId(), envelope.header().code().toString(),
                envelope.header().promulgation().date(), envelope.documentId());
    }

    private Optional<Organization> ourselves() {
        return agency.profile()
                .filter(p -> p.identifierCode() != null && !p.identifierCode().isBlank())
                .map(p -> Organization.of(AgencyIdentifier.of(p.identifierCode()), p.nameVi()));
    }
}
