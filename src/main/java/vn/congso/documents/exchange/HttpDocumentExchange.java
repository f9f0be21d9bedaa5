package vn.congso.documents.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.agency.AgencyManagement;
import vn.congso.audit.AuditLog;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.DocumentsProperties;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.BusinessDocType;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.EdxmlWriter;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.edxml.Organization;
import vn.congso.documents.edxml.ResponseFor;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;
import vn.congso.documents.persistence.ExchangeStatusRepository;
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
    private final ExchangeStatusRepository statuses;
    private final ApplicationEventPublisher events;

    HttpDocumentExchange(EdxmlReader reader, EdxmlWriter writer, EnvelopeSigner signer, DocumentsProperties properties,
                         AgencyManagement agency, IncomingEnvelopeRepository incoming, OutboxRepository outbox,
                         AuditLog audit, MessageSource messages, TransactionTemplate transactions,
                         ExchangeStatusRepository statuses, ApplicationEventPublisher events) {
        this.statuses = statuses;
        this.events = events;
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
        BusinessDocType business = businessOf(envelope);
        // a recall or replacement may reuse the DocumentId: it is queued once per DocumentId and business type
        String key = business == BusinessDocType.NEW ? envelope.documentId() : envelope.documentId() + "#B" + business.code();
        outbox.enqueue(recipient.value(), key, xml).ifPresent(id -> audit.record(
                "documents.envelope-queued", "edxml-envelope", envelope.documentId(), business + " to " + recipient));
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

    @Override
    @Transactional
    public void sendStatus(AgencyIdentifier recipient, StatusEnvelope status) {
        if (properties.peer(recipient.value()).isEmpty()) {
            throw new CongsoException(DocumentsError.UNKNOWN_PEER, recipient.value());
        }
        String xml = new String(signer.sign(writer.write(status)), StandardCharsets.UTF_8);
        String key = status.responseFor().documentId() + "#" + status.statusCode().code();
        outbox.enqueue(recipient.value(), key, xml, OutboxDispatcher.STATUS_PATH).ifPresent(id -> audit.record(
                "documents.status-queued", "edxml-envelope", status.responseFor().documentId(),
                status.statusCode().code() + " to " + recipient));
    }

    @Override
    public StatusEnvelope receiveStatus(byte[] xml) {
        Optional<Organization> us = ourselves();
        StatusEnvelope status;
        try {
            status = reader.readStatus(xml);
        } catch (CongsoException e) {
            return refusal(us, null, e);
        }
        ResponseFor about = status.responseFor();
        try {
            AgencyIdentifier sender = status.from().organId();
            if (properties.peer(sender.value()).isEmpty()) {
                throw new CongsoException(DocumentsError.EDXML_UNKNOWN_SENDER, sender.value());
            }
            signer.verify(xml, sender);
            transactions.executeWithoutResult(tx -> statuses.insertIfNew(about.documentId(), sender.value(),
                    status.statusCode().code(), status.description()).ifPresent(id -> audit.record(
                    "documents.status-received", "edxml-envelope", about.documentId(),
                    status.statusCode().code() + " from " + sender)));
            return status(us, about, StatusCode.ARRIVED, null);
        } catch (CongsoException e) {
            return refusal(us, about, e);
        }
    }

    private void store(Envelope envelope, byte[] xml) {
        String documentId = envelope.documentId();
        BusinessDocType business = businessOf(envelope);
        // at-least-once delivery: the same DocumentId with the same business type again is the same message,
        // recorded once; a recall or a replacement reusing the DocumentId is a message of its own
        incoming.insertIfNew(documentId, business.code(), envelope.header().from().organId().value(),
                envelope.header().code().toString(), envelope.header().subject(),
                new String(xml, StandardCharsets.UTF_8)).ifPresent(id -> {
                    audit.record("documents.envelope-received", "edxml-envelope", documentId,
                            business + " " + envelope.header().code() + " " + envelope.header().subject());
                    if (business != BusinessDocType.NEW) {
                        events.publishEvent(new EnvelopeArrived(id, envelope));
                    }
                });
    }

    private static BusinessDocType businessOf(Envelope envelope) {
        return envelope.trace() == null || envelope.trace().business() == null
                ? BusinessDocType.NEW : envelope.trace().business().docType();
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
