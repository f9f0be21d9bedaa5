package vn.congso.documents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.audit.AuditLog;
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.ConvertPaper;
import vn.congso.conversion.Converted;
import vn.congso.conversion.LegalContext;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.BusinessDocType;
import vn.congso.documents.edxml.Attachment;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.edxml.Organization;
import vn.congso.documents.edxml.Priority;
import vn.congso.documents.edxml.ResponseFor;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;
import vn.congso.documents.edxml.TraceHeaderList;
import vn.congso.documents.exchange.EnvelopeArrived;
import vn.congso.documents.exchange.DocumentExchange;
import vn.congso.documents.persistence.IncomingRepository;
import vn.congso.documents.persistence.IncomingRepository.Row;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.ValidationSummary;
import vn.congso.signing.Verdict;

/**
 * Incoming documents (văn bản đến, NĐ30 Đ21–24): the clerk checks and registers what arrived by edXML
 * or on paper, the leader assigns it with a direction and a deadline, the department processes and
 * completes it. For documents that came by edXML every step is reported back to the sender (NĐ137 Đ9
 * k4, QCVN 102:2016 status 02–06).
 */
@Service
public class IncomingDocumentManagement {

    /** States of an incoming document. */
    public enum State { REGISTERED, REFUSED, ASSIGNED, IN_PROGRESS, COMPLETED, RECALLED, REPLACED }

    /** A document received on paper or by email, entered by the clerk. */
    public record PaperEntry(String sender, String numberSymbol, LocalDate documentDate, String subject,
                             Priority urgency, String channel) {
    }

    private final IncomingRepository repository;
    private final RegisterManagement registers;
    private final SigningManagement signing;
    private final DocumentExchange exchange;
    private final EdxmlReader reader;
    private final AgencyManagement agency;
    private final AuditLog audit;
    private final ConversionManagement conversion;
    private final Clock clock = Clock.systemUTC();

    IncomingDocumentManagement(IncomingRepository repository, RegisterManagement registers, SigningManagement signing,
                               DocumentExchange exchange, EdxmlReader reader, AgencyManagement agency, AuditLog audit,
                               ConversionManagement conversion) {
        this.conversion = conversion;
        this.repository = repository;
        this.registers = registers;
        this.signing = signing;
        this.exchange = exchange;
        this.reader = reader;
        this.agency = agency;
        this.audit = audit;
    }

    /** What arrived by edXML and waits for the clerk. */
    public List<IncomingRepository.Arrived> awaitingRegistration() {
        return repository.awaitingRegistration();
    }

    /**
     * Checks the signature of the document an envelope carries (authenticity and integrity, NĐ30 Đ21 k1
     * b) and, when valid, registers it with the next incoming number of the year (NĐ30 Đ22 k2) and
     * tells the sender 03 (đã tiếp nhận). An invalid or unsigned document is refused instead (state
     * REFUSED, 02 to the sender with the verdict as reason).
     */
    @Transactional
    public Row registerArrived(long envelopeId, String actor) {
        IncomingRepository.Arrived arrived = repository.arrived(envelopeId)
                .orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, envelopeId));
        Envelope envelope = reader.readEnvelope(arrived.envelope().getBytes(StandardCharsets.UTF_8));
        if (arrived.businessDocType() == BusinessDocType.RECALL.code() || repository.recalled(arrived.documentId())) {
            throw new CongsoException(DocumentsError.WRONG_STATE, State.RECALLED);
        }
        byte[] pdf = envelope.attachments().stream().filter(a -> "application/pdf".equals(a.contentType()))
                .findFirst().map(Attachment::content).orElse(null);
        Verdict verdict = pdf == null ? Verdict.NOT_SIGNED : check(pdf);
        if (verdict != Verdict.VALID) {
            // refused, not thrown: the refusal and its 02 to the sender must be kept
            return repository.find(refuse(envelopeId, envelope, pdf, verdict.name(), actor)).orElseThrow();
        }
        Instant now = clock.instant();
        Registration registration = registers.register(RegisterManagement.INCOMING, now,
                envelope.header().code().toString(), envelope.header().subject());
        long id = repository.insert(envelopeId, envelope.header().from().organName(), envelope.header().code().toString(),
                envelope.header().subject(), priority(envelope).name(), "EDXML", envelope.documentId(),
                envelope.header().promulgation().date(), pdf, verdict.name(), registration.id(), registration.number(),
                registration.year(), now, State.REGISTERED.name(), null);
        audit.recordAs(actor, "documents.incoming-registered", "documents-incoming", Long.toString(id),
                registration.year() + "/" + registration.formattedNumber() + " " + envelope.header().code());
        // a replacement is linked to the document it replaces (QCVN 102:2016 ReplacementInfoList)
        replacements(envelope).forEach(replaced -> repository.replaces(id, replaced));
        report(envelope, StatusCode.ACCEPTED, null);
        return repository.find(id).orElseThrow();
    }

    /**
     * The sender recalled or replaced a document it had sent (NĐ30 Đ18; BussinessDocType 1, 3): a recalled document
     * is cancelled here (state RECALLED, out of the clerk's and the departments' queues, the reason kept); a replaced
     * one is marked REPLACED and points to its replacement, which the clerk registers like any arrival.
     */
    @EventListener
    void on(EnvelopeArrived arrived) {
        Envelope envelope = arrived.envelope();
        TraceHeaderList.Business business = envelope.trace().business();
        if (business.docType() == BusinessDocType.RECALL) {
            String recalled = business.documentId() == null ? envelope.documentId() : business.documentId();
            String reason = business.reason() == null ? "" : business.reason();
            repository.recall(recalled, reason).forEach(id -> audit.record("documents.incoming-recalled",
                    "documents-incoming", Long.toString(id), recalled + " " + reason));
        } else if (business.docType() == BusinessDocType.REPLACE) {
            for (String replaced : replacements(envelope)) {
                repository.replacedBy(replaced, envelope.documentId()).forEach(id -> audit.record(
                        "documents.incoming-replaced", "documents-incoming", Long.toString(id),
                        replaced + " → " + envelope.documentId()));
            }
        }
    }

    private static List<String> replacements(Envelope envelope) {
        TraceHeaderList.Business business = envelope.trace() == null ? null : envelope.trace().business();
        if (business == null || business.docType() != BusinessDocType.REPLACE) {
            return List.of();
        }
        return business.replacements().isEmpty() ? List.of(envelope.documentId())
                : business.replacements().stream().map(TraceHeaderList.ReplacementInfo::documentId).toList();
    }

    /** The clerk refuses what arrived, with the reason, and the sender is told 02 (từ chối tiếp nhận). */
    @Transactional
    public void refuseArrived(long envelopeId, String reason, String actor) {
        IncomingRepository.Arrived arrived = repository.arrived(envelopeId)
                .orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, envelopeId));
        if (reason == null || reason.isBlank()) {
            throw new CongsoException(DocumentsError.COMMENT_REQUIRED);
        }
        refuse(envelopeId, reader.readEnvelope(arrived.envelope().getBytes(StandardCharsets.UTF_8)), null,
                VietnameseText.nfc(reason), actor);
    }

    /**
     * Enters a document received on paper (or by email as a scan): the scan goes through the conversion module
     * (NĐ137 Đ4: PDF/A with the conversion marker, OCR text, the agency's signature, an entry in the conversion
     * register), and the converted data message is the incoming document (NĐ30 Đ21 k2). Converting comes before
     * numbering, so the register's counter is not held during OCR.
     */
    @Transactional
    public Row registerPaperScan(PaperEntry entry, byte[] scan, String fileName, String actor) {
        if (entry.sender() == null || entry.sender().isBlank() || entry.subject() == null || entry.subject().isBlank()) {
            throw new CongsoException(DocumentsError.REQUIRED, "sender, subject");
        }
        if (scan == null || scan.length == 0) {
            throw new CongsoException(DocumentsError.INVALID_FILE, "PDF");
        }
        Converted converted = conversion.convert(new ConvertPaper(scan, fileName, LegalContext.GENERAL, false, actor));
        String conversionCode = converted.record().code();
        byte[] dataMessage = conversion.original(conversionCode);
        Instant now = clock.instant();
        Registration registration = registers.register(RegisterManagement.INCOMING, now, entry.numberSymbol(),
                entry.subject());
        long id = repository.insert(null, VietnameseText.nfc(entry.sender()), VietnameseText.nfc(entry.numberSymbol()),
                VietnameseText.nfc(entry.subject()), (entry.urgency() == null ? Priority.NORMAL : entry.urgency()).name(),
                entry.channel() == null ? "PAPER" : entry.channel(), null, entry.documentDate(), dataMessage,
                converted.record().signatureStatus().name(), registration.id(), registration.number(),
                registration.year(), now, State.REGISTERED.name(), null);
        repository.converted(id, conversionCode);
        audit.recordAs(actor, "documents.incoming-registered", "documents-incoming", Long.toString(id),
                registration.year() + "/" + registration.formattedNumber() + " " + entry.numberSymbol() + " "
                        + conversionCode);
        return repository.find(id).orElseThrow();
    }

    /** The leader assigns the document to a department (and officer) with a direction and deadline: 04. */
    @Transactional
    public void assign(long id, String department, String assignee, String direction, LocalDate deadline, String actor) {
        if (department == null || department.isBlank()) {
            throw new CongsoException(DocumentsError.REQUIRED, "department");
        }
        Row row = lock(id);
        requireState(row, State.REGISTERED, State.ASSIGNED);
        if (department == null || department.isBlank()) {
            throw new CongsoException(DocumentsError.REQUIRED, "department");
        }
        repository.assign(id, department, assignee, VietnameseText.nfc(direction), deadline);
        audit.recordAs(actor, "documents.incoming-assigned", "documents-incoming", Long.toString(id),
                department + " " + (assignee == null ? "" : assignee) + " " + deadline);
        report(row, StatusCode.ASSIGNED, VietnameseText.nfc(direction));
    }

    /** The department starts processing: 05. */
    @Transactional
    public void startProcessing(long id, String actor) {
        Row row = lock(id);
        requireState(row, State.ASSIGNED);
        repository.moveTo(id, State.IN_PROGRESS.name(), null);
        audit.recordAs(actor, "documents.incoming-in-progress", "documents-incoming", Long.toString(id), "");
        report(row, StatusCode.IN_PROGRESS, null);
    }

    /** The department completes the document: 06. */
    @Transactional
    public void complete(long id, String result, String actor) {
        Row row = lock(id);
        requireState(row, State.ASSIGNED, State.IN_PROGRESS);
        repository.moveTo(id, State.COMPLETED.name(), clock.instant());
        audit.recordAs(actor, "documents.incoming-completed", "documents-incoming", Long.toString(id),
                result == null ? "" : result);
        report(row, StatusCode.COMPLETED, VietnameseText.nfc(result));
    }

    public Row document(long id) {
        return repository.find(id).orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, id));
    }

    public java.util.Optional<Row> byDocumentId(String documentId) {
        return repository.byDocumentId(documentId);
    }

    /** Documents waiting in these states, most urgent first. */
    public List<Row> queue(State... states) {
        return repository.inStates(java.util.Arrays.stream(states).map(Enum::name).toList());
    }

    /** Assigned and not completed by the deadline, as of today in Vietnam. */
    public List<Row> overdue() {
        return repository.overdue(LocalDate.now(clock.withZone(RegisterManagement.VIETNAM)));
    }

    public List<IncomingRepository.DepartmentStatistics> statistics() {
        return repository.statistics(LocalDate.now(clock.withZone(RegisterManagement.VIETNAM)));
    }

    /** The incoming register of a year (sổ đăng ký văn bản đến, NĐ30 Phụ lục IV). */
    public List<Row> register(int year) {
        return repository.registered(year);
    }

    private Verdict check(byte[] pdf) {
        ValidationSummary summary = signing.validate(pdf);
        return summary.verdict();
    }

    private long refuse(long envelopeId, Envelope envelope, byte[] pdf, String reason, String actor) {
        long id = repository.insert(envelopeId, envelope.header().from().organName(), envelope.header().code().toString(),
                envelope.header().subject(), priority(envelope).name(), "EDXML", envelope.documentId(),
                envelope.header().promulgation().date(), pdf, null, null, null, null, clock.instant(),
                State.REFUSED.name(), reason);
        audit.recordAs(actor, "documents.incoming-refused", "documents-incoming", Long.toString(id), reason);
        report(envelope, StatusCode.REJECTED, reason);
        return id;
    }

    private void report(Row row, StatusCode code, String description) {
        if (row.documentId() == null) {
            return;
        }
        String sender = row.documentId().split(",")[0];
        String[] parts = row.documentId().split(",", 3);
        report(AgencyIdentifier.of(sender), new ResponseFor(AgencyIdentifier.of(sender), parts[2], row.documentDate(),
                row.documentId()), code, description);
    }

    private void report(Envelope envelope, StatusCode code, String description) {
        AgencyIdentifier sender = envelope.header().from().organId();
        report(sender, new ResponseFor(sender, envelope.header().code().toString(),
                envelope.header().promulgation().date(), envelope.documentId()), code, description);
    }

    private void report(AgencyIdentifier sender, ResponseFor about, StatusCode code, String description) {
        Organization us = agency.profile().map(p -> Organization.of(AgencyIdentifier.of(p.identifierCode()), p.nameVi()))
                .orElseThrow(() -> new CongsoException(DocumentsError.REQUIRED, "profile"));
        exchange.sendStatus(sender, new StatusEnvelope(about, us, code, description,
                LocalDateTime.now(clock.withZone(RegisterManagement.VIETNAM)).truncatedTo(ChronoUnit.SECONDS), null));
    }

    private static Priority priority(Envelope envelope) {
        return envelope.header().otherInfo() == null || envelope.header().otherInfo().priority() == null
                ? Priority.NORMAL : envelope.header().otherInfo().priority();
    }

    private Row lock(long id) {
        return repository.lock(id).orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, id));
    }

    private static void requireState(Row row, State... allowed) {
        for (State s : allowed) {
            if (s.name().equals(row.state())) {
                return;
            }
        }
        throw new CongsoException(DocumentsError.WRONG_STATE, row.state());
    }
}
