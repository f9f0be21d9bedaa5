package vn.congso.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.audit.AuditLog;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.Attachment;
import vn.congso.documents.edxml.BusinessDocType;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.edxml.MessageHeader;
import vn.congso.documents.edxml.Organization;
import vn.congso.documents.edxml.Priority;
import vn.congso.documents.edxml.TraceHeaderList;
import vn.congso.documents.exchange.DocumentExchange;
import vn.congso.documents.outgoing.DocxDrafts;
import vn.congso.documents.outgoing.LetterRenderer;
import vn.congso.documents.outgoing.OutgoingMail;
import vn.congso.documents.outgoing.PdfStamping;
import vn.congso.documents.persistence.ExchangeStatusRepository;
import vn.congso.documents.persistence.OutgoingRepository;
import vn.congso.documents.persistence.OutgoingRepository.Row;
import vn.congso.identity.Role;
import vn.congso.publicservice.DossierResults;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.Signer;
import vn.congso.signing.SigningManagement;

/**
 * Outgoing documents (văn bản đi) from draft to issue, NĐ30 Đ10–18: drafting, coordination opinions,
 * approval level by level, the competent person's digital signature, numbering, registering and the
 * agency's digital signature by the clerk, and issuing to the recipients.
 */
@Service
public class OutgoingDocumentManagement {

    /** The states a document passes; RETURNED goes back to the drafter. */
    public enum State { DRAFT, IN_APPROVAL, RETURNED, APPROVED, SIGNED, ISSUED, RECALLED, REPLACED }

    private final OutgoingRepository repository;
    private final LetterRenderer renderer;
    private final RegisterManagement registers;
    private final SigningManagement signing;
    private final DocumentExchange exchange;
    private final AgencyManagement agency;
    private final DocumentFlowProperties flow;
    private final OutgoingMail mail;
    private final AuditLog audit;
    private final ExchangeStatusRepository statuses;
    private final DossierResults dossierResults;
    private final DocxDrafts docxDrafts;
    private final Clock clock = Clock.systemUTC();

    OutgoingDocumentManagement(OutgoingRepository repository, LetterRenderer renderer, RegisterManagement registers,
                               SigningManagement signing, DocumentExchange exchange, AgencyManagement agency,
                               DocumentFlowProperties flow, OutgoingMail mail, AuditLog audit,
                               ExchangeStatusRepository statuses, DossierResults dossierResults, DocxDrafts docxDrafts) {
        this.statuses = statuses;
        this.docxDrafts = docxDrafts;
        this.dossierResults = dossierResults;
        this.repository = repository;
        this.renderer = renderer;
        this.registers = registers;
        this.signing = signing;
        this.exchange = exchange;
        this.agency = agency;
        this.flow = flow;
        this.mail = mail;
        this.audit = audit;
    }

    /** Composes a document from the Decree 30 template of its type and keeps the PDF as version 1. */
    @Transactional
    public long compose(OutgoingDraft draft, String actor) {
        long id = insert(draft, actor);
        repository.addVersion(id, "COMPOSED", render(draft), actor);
        keepComposedText(id, draft);
        return id;
    }

    /**
     * Takes a draft written elsewhere, as PDF or DOCX; a DOCX is converted to the PDF that is approved and signed
     * (version CONVERTED_FROM_DOCX).
     */
    @Transactional
    public long upload(OutgoingDraft draft, byte[] file, String fileName, String actor) {
        byte[] pdf = pdfOf(file, fileName);
        long id = insert(draft, actor);
        repository.addVersion(id, DocxDrafts.isDocx(file) ? "CONVERTED_FROM_DOCX" : "UPLOADED", pdf, actor);
        return id;
    }

    /** Attaches an appendix or a document sent along (e.g. the decree a letter announces). */
    @Transactional
    public void attach(long id, String name, String contentType, byte[] content, String actor) {
        Row row = lock(id);
        requireState(row, State.DRAFT, State.RETURNED, State.IN_APPROVAL);
        repository.addAppendix(id, VietnameseText.nfc(name), contentType, content);
        audit.recordAs(actor, "documents.outgoing-attached", "documents-outgoing", Long.toString(id), name);
    }

    /** Asks a colleague or a department for a coordination opinion (ý kiến phối hợp) by a date. */
    @Transactional
    public long askOpinion(long id, String askedOf, LocalDate due, String actor) {
        if (askedOf == null || askedOf.isBlank() || due == null) {
            throw new CongsoException(DocumentsError.REQUIRED, "askedOf, due");
        }
        askedOf = askedOf.strip();
        lock(id);
        long opinion = repository.askOpinion(id, askedOf, due);
        repository.addStep(id, actor, "OPINION_ASKED", askedOf + " " + due);
        return opinion;
    }

    @Transactional
    public void giveOpinion(long id, long opinionId, String opinion, String actor) {
        if (repository.answerOpinion(opinionId, actor, VietnameseText.nfc(opinion)) == 0) {
            throw new CongsoException(DocumentsError.NOT_FOUND, opinionId);
        }
        repository.addStep(id, actor, "OPINION_GIVEN", VietnameseText.nfc(opinion));
    }

    /** Submits the draft to the first approval level of its type (trình duyệt). */
    @Transactional
    public void submit(long id, String actor) {
        Row row = lock(id);
        requireState(row, State.DRAFT, State.RETURNED);
        repository.moveTo(id, State.IN_APPROVAL.name(), 0);
        step(id, actor, "SUBMITTED", null);
    }

    /** Approves at the document's current level; the last level makes it ready to sign. */
    @Transactional
    public State approve(long id, String actor, Set<Role> roles, String comment) {
        Row row = lock(id);
        requireState(row, State.IN_APPROVAL);
        List<Role> levels = flow.levels(DocumentType.valueOf(row.documentType()));
        requireLevel(row, levels, roles);
        int next = row.approvalLevel() + 1;
        State state = next >= levels.size() ? State.APPROVED : State.IN_APPROVAL;
        repository.moveTo(id, state.name(), next >= levels.size() ? row.approvalLevel() : next);
        step(id, actor, "APPROVED", comment);
        return state;
    }

    /** Returns the draft to its drafter with comments; it starts again from the first level. */
    @Transactional
    public void returnToDrafter(long id, String actor, Set<Role> roles, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new CongsoException(DocumentsError.COMMENT_REQUIRED);
        }
        Row row = lock(id);
        requireState(row, State.IN_APPROVAL, State.APPROVED);
        if (row.state().equals(State.IN_APPROVAL.name())) {
            requireLevel(row, flow.levels(DocumentType.valueOf(row.documentType())), roles);
        }
        repository.moveTo(id, State.RETURNED.name(), 0);
        step(id, actor, "RETURNED", comment);
    }

    /** An approver (or the drafter of a returned draft) edits the text; the earlier versions are kept. */
    @Transactional
    public int edit(long id, OutgoingDraft draft, String actor, Set<Role> roles) {
        requireEditable(lock(id), roles);
        int version = repository.addVersion(id, "EDITED", render(draft), actor);
        repository.retitle(id, VietnameseText.nfc(draft.subject()));
        keepComposedText(id, draft);
        step(id, actor, "EDITED", "v" + version);
        return version;
    }

    /** The same, with a file the approver rewrote elsewhere (PDF, or DOCX converted to PDF). */
    @Transactional
    public int edit(long id, byte[] file, String fileName, String actor, Set<Role> roles) {
        requireEditable(lock(id), roles);
        int version = repository.addVersion(id, "EDITED", pdfOf(file, fileName), actor);
        repository.composedText(id, null, null, null);
        step(id, actor, "EDITED", "v" + version);
        return version;
    }

    private void requireEditable(Row row, Set<Role> roles) {
        requireState(row, State.DRAFT, State.RETURNED, State.IN_APPROVAL);
        if (row.state().equals(State.IN_APPROVAL.name())) {
            requireLevel(row, flow.levels(DocumentType.valueOf(row.documentType())), roles);
        }
    }

    private byte[] pdfOf(byte[] file, String fileName) {
        byte[] pdf = DocxDrafts.isDocx(file) ? docxDrafts.toPdf(file, fileName) : file;
        requirePdf(pdf, fileName);
        return pdf;
    }

    /** The competent person signs the approved document digitally (NĐ30 Đ13 k1, Phụ lục I mục II.8). */
    @Transactional
    public void sign(long id, String actor) {
        Row row = lock(id);
        requireState(row, State.APPROVED);
        byte[] pdf = repository.latestPdf(id);
        SignaturePlacement where = PdfStamping.signerPlacement(pdf, row.signerName());
        byte[] signed = signing.signAsOfficer(pdf, new Signer(actor, row.signerName(), row.signerTitle()), where);
        repository.addVersion(id, "SIGNED", signed, actor);
        repository.moveTo(id, State.SIGNED.name(), row.approvalLevel());
        step(id, actor, "SIGNED", null);
    }

    /**
     * The clerk numbers and dates the signed document, applies the agency's digital signature, enters it
     * in the outgoing register and sends it to every recipient (NĐ30 Đ15–16, Đ18 k1). All in one
     * transaction: if anything fails, the number is not used up.
     */
    @Transactional
    public Issued issue(long id, String actor) {
        Row row = lock(id);
        requireState(row, State.SIGNED);
        DocumentType type = DocumentType.valueOf(row.documentType());
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, RegisterManagement.VIETNAM);
        String[] symbol = new String[1];
        Registration registration = registers.registerNumbered(RegisterManagement.OUTGOING, now, number -> {
            symbol[0] = NumberSymbol.of(number, type, flow.issuer(), row.draftingUnit()).toString();
            return symbol[0];
        }, row.subject());
        NumberSymbol numberSymbol = NumberSymbol.of(registration.number(), type, flow.issuer(), row.draftingUnit());
        byte[] signed = repository.latestPdf(id);
        SignaturePlacement signer = PdfStamping.signerPlacement(signed, row.signerName());
        byte[] numbered = PdfStamping.stampNumberAndDate(signed, "Số:", numberSymbol.codeNumber(),
                "ngày", String.format("%02d", day.getDayOfMonth()), "tháng", String.format("%02d", day.getMonthValue()));
        byte[] sealed = signing.signAsAgency(numbered, PdfStamping.sealPlacement(signer));
        repository.addVersion(id, "ISSUED", sealed, actor);
        repository.issued(id, registration.id(), numberSymbol.toString(), now);
        step(id, actor, "ISSUED", numberSymbol.toString());
        Row replaced = row.replacesId() == null ? null : replaced(row, actor);
        deliver(row, numberSymbol, day, sealed, replaced);
        if (row.answersDossier() != null) {
            // NĐ137 Đ9 k4 d: the e-result issued through this flow reaches the dossier it answers
            dossierResults.record(row.answersDossier(), numberSymbol.toString(), row.subject(), sealed, now, actor);
        }
        return new Issued(numberSymbol.toString(), registration, sealed);
    }

    /**
     * Recalls an issued document (thu hồi, NĐ30 Đ18): internal recipients see it recalled, the agencies it
     * went to by edXML receive a recall (BussinessDocType 1) with the reason and cancel it on their side.
     */
    @Transactional
    public void recall(long id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new CongsoException(DocumentsError.COMMENT_REQUIRED);
        }
        Row row = lock(id);
        requireState(row, State.ISSUED);
        String why = VietnameseText.nfc(reason);
        repository.withdrawn(id, State.RECALLED.name(), why);
        repository.internalDeliveriesBecome(id, State.RECALLED.name());
        step(id, actor, "RECALLED", why);
        repository.exchangedDocumentId(id).ifPresent(documentId -> {
            AgencyProfile profile = profile();
            for (String peer : row.peerAgencyList()) {
                TraceHeaderList.Business business = new TraceHeaderList.Business(BusinessDocType.RECALL, why, documentId,
                        0, null, List.of());
                exchange.send(AgencyIdentifier.of(peer), envelope(row, profile, AgencyIdentifier.of(peer),
                        MessageHeader.Code.of(row.numberSymbol()), issuedDay(row), List.of(), business));
            }
        });
    }

    /**
     * Makes a draft the replacement of an issued document (thay thế, NĐ30 Đ18: a document with wrong content is
     * replaced by one of the same form). When the replacement is issued, the replaced document becomes REPLACED.
     */
    @Transactional
    public void replaceWith(long replacementId, long replacedId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new CongsoException(DocumentsError.COMMENT_REQUIRED);
        }
        Row replaced = document(replacedId);
        requireState(replaced, State.ISSUED);
        Row replacement = lock(replacementId);
        requireState(replacement, State.DRAFT, State.RETURNED, State.IN_APPROVAL);
        if (!replacement.documentType().equals(replaced.documentType())) {
            throw new CongsoException(DocumentsError.REPLACEMENT_TYPE, replaced.documentType());
        }
        repository.replaces(replacementId, replacedId, VietnameseText.nfc(reason));
        step(replacementId, actor, "REPLACES", replaced.numberSymbol() + ": " + VietnameseText.nfc(reason));
    }

    /** Links the document to the dossier it answers; once issued it is the dossier's result (NĐ137 Đ9 k4 d). */
    @Transactional
    public void answerDossier(long id, String dossierCode, String actor) {
        if (dossierCode == null || dossierCode.isBlank()) {
            throw new CongsoException(DocumentsError.REQUIRED, "dossier");
        }
        Row row = lock(id);
        requireState(row, State.DRAFT, State.RETURNED, State.IN_APPROVAL, State.APPROVED, State.SIGNED);
        String code = dossierCode.strip();
        if (!dossierResults.exists(code)) {
            throw new CongsoException(DocumentsError.UNKNOWN_DOSSIER, code);
        }
        repository.answers(id, code);
        step(id, actor, "ANSWERS_DOSSIER", code);
    }

    // the replaced document is marked at the moment its replacement is issued, in the same transaction
    private Row replaced(Row replacement, String actor) {
        Row replaced = lock(replacement.replacesId());
        requireState(replaced, State.ISSUED);
        repository.withdrawn(replaced.id(), State.REPLACED.name(), null);
        repository.internalDeliveriesBecome(replaced.id(), State.REPLACED.name());
        step(replaced.id(), actor, "REPLACED", replacement.replacementReason());
        return replaced;
    }

    private static LocalDate issuedDay(Row row) {
        return LocalDate.ofInstant(row.issuedAt(), RegisterManagement.VIETNAM);
    }

    /** What the clerk gets back after issuing: the number and the signed file. */
    public record Issued(String numberSymbol, Registration registration, byte[] pdf) {
    }

    public Row document(long id) {
        return repository.find(id).orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, id));
    }

    public byte[] latestPdf(long id) {
        document(id);
        return repository.latestPdf(id);
    }

    public List<String> versions(long id) {
        return repository.versionKinds(id);
    }

    public List<OutgoingRepository.Step> trail(long id) {
        return repository.steps(id);
    }

    /** What the receiving agencies reported back (NĐ137 Đ9 k4: 03 tiếp nhận … 06 hoàn thành, or 02). */
    public List<ExchangeStatusRepository.Received> exchangeStatuses(long id) {
        return repository.exchangedDocumentId(id).map(statuses::about).orElse(List.of());
    }

    public List<OutgoingRepository.Opinion> opinions(long id) {
        return repository.opinions(id);
    }

    public List<OutgoingRepository.Delivery> deliveries(long id) {
        return repository.deliveries(id);
    }

    /** The outgoing register of a year (sổ đăng ký văn bản đi, NĐ30 Phụ lục IV). */
    public List<Row> register(int year) {
        return repository.issued(year);
    }

    /** What waits for someone in these states, most urgent first. */
    public List<Row> queue(State... states) {
        return repository.inStates(java.util.Arrays.stream(states).map(Enum::name).toList());
    }

    /** The approval level the document waits at, or {@code null} when it waits for none. */
    public Role awaitedLevel(Row row) {
        List<Role> levels = flow.levels(DocumentType.valueOf(row.documentType()));
        return row.state().equals(State.IN_APPROVAL.name()) ? levels.get(row.approvalLevel()) : null;
    }

    // NĐ30 Đ18 k1: issued the same working day to the recipients; inside the system, by edXML to other
    // agencies (NĐ137 Đ9 k4), by email where neither reaches them
    private void deliver(Row row, NumberSymbol numberSymbol, LocalDate day, byte[] pdf, Row replaced) {
        long id = row.id();
        row.internalUnitList().forEach(unit -> repository.addDelivery(id, "INTERNAL", unit, "DELIVERED"));
        List<Attachment> files = new ArrayList<>();
        files.add(new Attachment("van-ban", numberSymbol.toString().replace('/', '-') + ".pdf", "application/pdf",
                row.subject(), pdf));
        List<OutgoingRepository.Appendix> appendices = repository.appendices(id);
        for (int i = 0; i < appendices.size(); i++) {
            OutgoingRepository.Appendix a = appendices.get(i);
            files.add(new Attachment("dinh-kem-" + (i + 1), a.name(), a.contentType(), a.name(), a.content()));
        }
        AgencyProfile profile = profile();
        TraceHeaderList.Business business = replaced == null
                ? new TraceHeaderList.Business(BusinessDocType.NEW, null, 0, null)
                : replacement(replaced, row.replacementReason());
        for (String peer : row.peerAgencyList()) {
            Envelope envelope = envelope(row, profile, AgencyIdentifier.of(peer),
                    new MessageHeader.Code(numberSymbol.codeNumber(), numberSymbol.notation()), day, files, business);
            exchange.send(AgencyIdentifier.of(peer), envelope);
            repository.addDelivery(id, "EDXML", peer, "QUEUED", envelope.documentId());
        }
        for (String email : row.emailList()) {
            repository.addDelivery(id, "EMAIL", email, mail.send(email, numberSymbol.toString(), row.subject(), files));
        }
    }

    // QCVN 102:2016 BussinessDocType 3 with ReplacementInfoList: which document is replaced, and where it had gone
    private TraceHeaderList.Business replacement(Row replaced, String reason) {
        return repository.exchangedDocumentId(replaced.id())
                .map(documentId -> new TraceHeaderList.Business(BusinessDocType.REPLACE, reason, null, 0, null,
                        List.of(new TraceHeaderList.ReplacementInfo(documentId,
                                replaced.peerAgencyList().stream().map(AgencyIdentifier::of).toList()))))
                // the replaced document never went out by edXML: to the agencies it is a new document
                .orElseGet(() -> new TraceHeaderList.Business(BusinessDocType.NEW, null, 0, null));
    }

    private Envelope envelope(Row row, AgencyProfile profile, AgencyIdentifier to, MessageHeader.Code code,
                              LocalDate day, List<Attachment> files, TraceHeaderList.Business business) {
        AgencyIdentifier us = AgencyIdentifier.of(profile.identifierCode());
        DocumentType type = DocumentType.valueOf(row.documentType());
        MessageHeader header = new MessageHeader(Organization.of(us, profile.nameVi()), List.of(Organization.of(to, to.value())),
                code, new MessageHeader.Promulgation(place(profile), day),
                new MessageHeader.Type(type.ordinal() + 1, type.nameVi()), row.subject(), null,
                new MessageHeader.Signer(row.competence(), row.signerTitle(), row.signerName()), null, List.of(),
                new MessageHeader.OtherInfo(Priority.valueOf(row.urgency()), null, null, 1, null,
                        files.stream().skip(1).map(Attachment::name).toList()),
                List.of(), 0, MessageHeader.documentId(us, day, code));
        TraceHeaderList trace = new TraceHeaderList(List.of(new TraceHeaderList.TraceHeader(us,
                LocalDateTime.now(RegisterManagement.VIETNAM).truncatedTo(ChronoUnit.SECONDS))), business);
        return new Envelope(header, trace, files);
    }

    private AgencyProfile profile() {
        return agency.profile().orElseThrow(() -> new CongsoException(DocumentsError.REQUIRED, "profile"));
    }

    private long insert(OutgoingDraft draft, String actor) {
        if (draft.type() == null || draft.subject() == null || draft.subject().isBlank()
                || draft.draftingUnit() == null || draft.draftingUnit().isBlank()) {
            throw new CongsoException(DocumentsError.REQUIRED, "type, subject, drafting unit");
        }
        long id = repository.insert(draft.type().name(), draft.draftingUnit(), VietnameseText.nfc(draft.subject()),
                draft.urgency().name(), actor, VietnameseText.nfc(draft.signerName()),
                VietnameseText.nfc(draft.signerTitle()), VietnameseText.nfc(draft.competence()), draft.internalUnits(),
                draft.peerAgencies(), draft.emails());
        step(id, actor, "DRAFTED", null);
        return id;
    }

    private void keepComposedText(long id, OutgoingDraft draft) {
        repository.composedText(id, nfc(draft.addressees()), nfc(draft.paragraphs()), nfc(draft.placesOfReceipt()));
    }

    private static List<String> nfc(List<String> lines) {
        return lines == null ? null : lines.stream().map(VietnameseText::nfc).toList();
    }

    private byte[] render(OutgoingDraft draft) {
        AgencyProfile profile = profile();
        return renderer.render(draft, profile.nameVi(), flow.issuer(), place(profile),
                LocalDate.now(RegisterManagement.VIETNAM).getYear());
    }

    // NĐ30 Phụ lục I mục II.4: the place name is that of the commune-level unit where the agency sits
    static String place(AgencyProfile profile) {
        String address = profile.address() == null ? "" : profile.address().split(",")[0].strip();
        return address.replaceFirst("^(Xã|Phường|Thị trấn|Thị xã|Quận|Huyện|Tỉnh|Thành phố) ", "");
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

    private static void requireLevel(Row row, List<Role> levels, Set<Role> roles) {
        Role awaited = levels.get(row.approvalLevel());
        if (!roles.contains(awaited)) {
            throw new CongsoException(DocumentsError.NOT_YOUR_LEVEL, awaited);
        }
    }

    private static void requirePdf(byte[] pdf, String fileName) {
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-")) {
            throw new CongsoException(DocumentsError.INVALID_FILE, fileName);
        }
    }

    private void step(long id, String actor, String action, String comment) {
        repository.addStep(id, actor, action, comment == null ? null : VietnameseText.nfc(comment));
        audit.recordAs(actor, "documents.outgoing-" + action.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "documents-outgoing", Long.toString(id), comment == null ? "" : comment);
    }
}
