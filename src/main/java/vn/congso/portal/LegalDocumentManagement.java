package vn.congso.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.audit.AuditLog;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.LegalError;
import vn.congso.portal.legal.LegalSearchDocuments;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.NumberSymbol;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;
import vn.congso.portal.legal.persistence.LegalDocumentRepository.NewRow;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * The register of legal and administrative documents the portal publishes (NĐ42 Đ4 k1 a: văn bản
 * quy phạm pháp luật, văn bản quản lý hành chính, with number, date, issuer and validity).
 */
@Service
@Transactional(readOnly = true)
public class LegalDocumentManagement {

    /** The subscription category registered documents go out under. */
    static final String CHANNEL_CATEGORY = "van-ban";

    private final LegalDocumentRepository repository;
    private final AuditLog auditLog;
    private final ObjectProvider<SearchIndexing> searchIndexing;
    private final ChannelManagement channels;
    private final LegalTextParser parser = new LegalTextParser();

    LegalDocumentManagement(LegalDocumentRepository repository, AuditLog auditLog,
                            ObjectProvider<SearchIndexing> searchIndexing, ChannelManagement channels) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.searchIndexing = searchIndexing;
        this.channels = channels;
    }

    /**
     * Saves an officer's reviewed import. The body tree comes from the text; the header fields are
     * the officer's, since they may have corrected what the parser read.
     */
    @Transactional
    public LegalDocumentSummary register(RegisterLegalDocument command) {
        String text = VietnameseText.nfc(command.text() == null ? "" : command.text());
        List<ParsedDocument> documents = parser.parse(text);
        if (documents.isEmpty() || command.documentIndex() < 0 || command.documentIndex() >= documents.size()) {
            throw new CongsoException(LegalError.NO_DOCUMENT_FOUND);
        }
        ParsedDocument parsed = documents.get(command.documentIndex());
        DocumentType type = DocumentType.ofName(command.type()).orElse(parsed.type());
        if (type == null) {
            throw new CongsoException(LegalError.NO_DOCUMENT_FOUND);
        }
        NumberSymbol code = blank(command.code()) ? null : NumberSymbol.parse(VietnameseText.nfc(command.code()));
        if (code != null && code.number() != null && repository.codeTaken(code.code())) {
            throw new CongsoException(LegalError.DUPLICATE_CODE, code.code());
        }
        String summary = VietnameseText.nfc(command.summary());
        long id = repository.insert(new NewRow(slug(type, code, command), type, code == null ? null : code.code(),
                code == null ? null : code.number(), code == null ? null : code.year(), code == null ? null : code.symbol(),
                nfc(command.issuer()), nfc(command.place()), command.issueDate(), command.effectiveDate(),
                command.status() == null ? LegalDocumentStatus.IN_FORCE : command.status(), summary,
                nfc(command.signerName()), nfc(command.signerTitle()), nfc(command.field()),
                parsed.preamble(), parsed.structure(), bodyText(parsed)));
        if (!blank(command.originalFileKey())) {
            repository.attachFile(id, command.originalFileKey());
        }
        for (Map.Entry<LegalRelationKind, List<String>> relation : command.relations().entrySet()) {
            relation.getValue().stream().filter(c -> !blank(c))
                    .forEach(c -> repository.addRelation(id, relation.getKey(), VietnameseText.nfc(c.strip())));
        }
        LegalDocumentRecord saved = repository.byId(id).orElseThrow();
        auditLog.record("legal-document.registered", "legal-document", saved.slug(),
                saved.designation() + (saved.files().isEmpty() ? "" : "; file " + saved.files().get(0).key()));
        indexAfterCommit(saved);
        // NĐ42 Đ5 k2 b, c; seed 000 asks to spread the decree by website, social networks and Zalo groups:
        // the registered document goes to the subscribers and webhooks of "van-ban" in this transaction
        channels.announce(new Announcement(CHANNEL_CATEGORY, saved.designation(), "/van-ban/" + saved.slug(),
                saved.summary()));
        return saved.summaryRow();
    }

    /**
     * NĐ42 Đ4 k1 a: the portal shows whether a document is still in force; when it is amended or
     * repealed the officer records the new status. Audited with the old and the new status.
     */
    @Transactional
    public LegalDocumentSummary changeStatus(String slug, LegalDocumentStatus status) {
        LegalDocumentRecord before = repository.bySlug(slug).orElseThrow(() -> new CongsoException(LegalError.DOCUMENT_NOT_FOUND));
        if (status == null) {
            throw new CongsoException(LegalError.STATUS_INVALID);
        }
        if (before.status() == status) {
            return before.summaryRow();
        }
        repository.updateStatus(before.id(), status);
        LegalDocumentRecord saved = repository.byId(before.id()).orElseThrow();
        auditLog.record("legal-document.status-changed", "legal-document", saved.slug(),
                saved.designation() + ": " + before.status() + " -> " + status);
        indexAfterCommit(saved);
        return saved.summaryRow();
    }

    public List<LegalDocumentSummary> list(String type, Integer year, LegalDocumentStatus status) {
        DocumentType documentType = DocumentType.ofName(type).orElse(null);
        return repository.list(documentType, year, status).stream().map(LegalDocumentRecord::summaryRow).toList();
    }

    /** The register's address part (slug) of each document by its number/symbol, e.g. "137/2024/NĐ-CP". */
    public Map<String, String> slugsByCode() {
        return repository.slugsByCode();
    }

    public Optional<LegalDocumentSummary> find(String slug) {
        return repository.bySlug(slug).map(LegalDocumentRecord::summaryRow);
    }

    private void indexAfterCommit(LegalDocumentRecord saved) {
        SearchIndexing index = searchIndexing.getIfAvailable();
        if (index == null) {
            return;
        }
        Runnable update = () -> {
            index.removeByIdPrefix(LegalSearchDocuments.idPrefix(saved));
            index.index(LegalSearchDocuments.of(saved));
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    update.run();
                }
            });
        } else {
            update.run();
        }
    }

    /** {@code 137-2024-nd-cp} from the code; a draft without number gets the type and date instead. */
    private String slug(DocumentType type, NumberSymbol code, RegisterLegalDocument command) {
        String base = code != null && code.number() != null ? code.slug()
                : VietnameseText.withoutDiacritics(type.citationName()).replaceAll("[^a-z0-9]+", "-")
                + (command.issueDate() == null ? "" : "-" + command.issueDate())
                + (code == null || code.symbol() == null ? "" : "-" + NumberSymbol.parse(code.symbol()).slug());
        String slug = base;
        for (int n = 2; repository.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String bodyText(ParsedDocument parsed) {
        StringBuilder text = new StringBuilder(String.join("\n", parsed.preamble()));
        parsed.structure().forEach(n -> text.append('\n').append(n.plainText()));
        return text.toString().strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nfc(String value) {
        return blank(value) ? null : VietnameseText.nfc(value.strip());
    }
}
