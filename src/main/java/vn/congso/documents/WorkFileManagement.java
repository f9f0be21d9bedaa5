package vn.congso.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.documents.persistence.IncomingRepository;
import vn.congso.documents.persistence.OutgoingRepository;
import vn.congso.documents.persistence.WorkFileRepository;
import vn.congso.documents.persistence.WorkFileRepository.WorkFile;
import vn.congso.publicservice.DossierResults;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Work files (hồ sơ công việc, NĐ30 Đ28–30): the agency's yearly file list (danh mục hồ sơ) names each file with
 * its code, title, retention period and the person responsible; the file is opened, gathers the incoming and
 * outgoing documents and the public-service dossiers of its matter, is closed when the matter ends and is handed
 * to the agency archive (nộp lưu). Every step is audited.
 */
@Service
public class WorkFileManagement {

    /** States of a work file: in the list, open, closed, handed to the archive. */
    public enum State { LISTED, OPEN, CLOSED, ARCHIVED }

    /** What a work file can hold. */
    public enum ItemKind { INCOMING, OUTGOING, DOSSIER }

    /** An entry of the yearly file list, as the officer writes it. */
    public record Entry(int year, String code, String title, String retention, String responsible) {
    }

    private final WorkFileRepository files;
    private final IncomingRepository incoming;
    private final OutgoingRepository outgoing;
    private final DossierResults dossiers;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    WorkFileManagement(WorkFileRepository files, IncomingRepository incoming, OutgoingRepository outgoing,
                       DossierResults dossiers, AuditLog audit) {
        this.files = files;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.dossiers = dossiers;
        this.audit = audit;
    }

    /** Adds a file to the year's list (NĐ30 Đ28); the code is unique within the year. */
    @Transactional
    public long list(Entry entry, String actor) {
        String code = required(entry.code(), "code");
        long id = files.insert(entry.year(), code, required(entry.title(), "title"),
                        required(entry.retention(), "retention"), required(entry.responsible(), "responsible"))
                .orElseThrow(() -> new CongsoException(DocumentsError.DUPLICATE_FILE_CODE, code, String.valueOf(entry.year())));
        audit.recordAs(actor, "documents.work-file-listed", "documents-work-file", Long.toString(id),
                entry.year() + " " + code);
        return id;
    }

    /** Opens the file (mở hồ sơ, NĐ30 Đ29 k1). */
    @Transactional
    public void open(long id, String actor) {
        move(id, State.LISTED, State.OPEN, actor, "documents.work-file-opened");
    }

    /** Files an incoming or outgoing document (by its id) or a dossier (by its code) in an open file. */
    @Transactional
    public void add(long id, ItemKind kind, String reference, String actor) {
        WorkFile file = lock(id);
        requireState(file, State.OPEN);
        String ref = required(reference, "reference");
        String label = switch (kind == null ? ItemKind.INCOMING : kind) {
            case INCOMING -> incoming.find(number(ref)).map(r -> r.numberSymbol() + " " + r.subject())
                    .orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, ref));
            case OUTGOING -> outgoing.find(number(ref))
                    .map(r -> (r.numberSymbol() == null ? "" : r.numberSymbol() + " ") + r.subject())
                    .orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, ref));
            case DOSSIER -> {
                if (!dossiers.exists(ref)) {
                    throw new CongsoException(DocumentsError.UNKNOWN_DOSSIER, ref);
                }
                yield ref;
            }
        };
        if (files.add(id, (kind == null ? ItemKind.INCOMING : kind).name(), ref, label, actor)) {
            audit.recordAs(actor, "documents.work-file-item-added", "documents-work-file", Long.toString(id),
                    kind + " " + ref);
        }
    }

    /** Closes the file when its matter is finished (kết thúc hồ sơ, NĐ30 Đ29 k3); an empty file cannot close. */
    @Transactional
    public void close(long id, String actor) {
        WorkFile file = lock(id);
        if (file.items() == 0 && State.OPEN.name().equals(file.state())) {
            throw new CongsoException(DocumentsError.EMPTY_WORK_FILE, file.code());
        }
        move(id, State.OPEN, State.CLOSED, actor, "documents.work-file-closed");
    }

    /** Hands the closed file to the agency archive (nộp lưu hồ sơ vào Lưu trữ cơ quan, NĐ30 Đ30). */
    @Transactional
    public void archive(long id, String actor) {
        move(id, State.CLOSED, State.ARCHIVED, actor, "documents.work-file-archived");
    }

    public WorkFile file(long id) {
        return files.find(id).orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, id));
    }

    /** The yearly file list (danh mục hồ sơ). */
    public List<WorkFile> fileList(int year) {
        return files.ofYear(year);
    }

    public List<WorkFileRepository.Item> items(long id) {
        file(id);
        return files.items(id);
    }

    private void move(long id, State from, State to, String actor, String action) {
        WorkFile file = lock(id);
        requireState(file, from);
        Instant now = clock.instant();
        files.moveTo(id, to.name(), now, actor);
        audit.recordAs(actor, action, "documents-work-file", Long.toString(id), file.year() + " " + file.code());
    }

    private WorkFile lock(long id) {
        return files.lock(id).orElseThrow(() -> new CongsoException(DocumentsError.NOT_FOUND, id));
    }

    private static void requireState(WorkFile file, State state) {
        if (!state.name().equals(file.state())) {
            throw new CongsoException(DocumentsError.WRONG_STATE, file.state());
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CongsoException(DocumentsError.REQUIRED, field);
        }
        return VietnameseText.nfc(value.strip());
    }

    private static long number(String reference) {
        try {
            return Long.parseLong(reference);
        } catch (NumberFormatException e) {
            throw new CongsoException(DocumentsError.NOT_FOUND, reference);
        }
    }
}
