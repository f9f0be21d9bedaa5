package vn.congso.publicservice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.files.BlobStore;
import vn.congso.publicservice.dossier.DossierClock;
import vn.congso.publicservice.dossier.DossierPdfs;
import vn.congso.publicservice.dossier.VerificationQr;
import vn.congso.publicservice.dossier.DossierRepository;
import vn.congso.publicservice.dossier.DossierRepository.Row;
import vn.congso.publicservice.dossier.ResultRepository;
import vn.congso.shared.CongsoException;

/** Reading dossiers: staff queue and detail, the applicant's account, the public lookup, the data store. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    private final DossierRepository dossiers;
    private final ResultRepository results;
    private final ProcedureCatalogue catalogue;
    private final DossierPdfs pdfs;
    private final VerificationQr qr;
    private final BlobStore blobs;
    private final AgencyManagement agency;
    private final DossierClock clock;

    DossierQueries(DossierRepository dossiers, ResultRepository results, ProcedureCatalogue catalogue,
                   DossierPdfs pdfs, BlobStore blobs, AgencyManagement agency, DossierClock clock, VerificationQr qr) {
        this.qr = qr;
        this.dossiers = dossiers;
        this.results = results;
        this.catalogue = catalogue;
        this.pdfs = pdfs;
        this.blobs = blobs;
        this.agency = agency;
        this.clock = clock;
    }

    public DossierView get(String code) {
        return view(row(code));
    }

    /** The applicant's own dossier; someone else's is "unknown", not "forbidden". */
    public DossierView ofApplicant(String code, String username) {
        Row row = row(code);
        if (!Objects.equals(row.applicantUsername(), username)) {
            throw new CongsoException(DossierError.UNKNOWN_DOSSIER, code);
        }
        return view(row);
    }

    public List<DossierView> ofApplicant(String username) {
        return dossiers.byApplicant(username).stream().map(this::view).toList();
    }

    /** Open dossiers by step, overdue ones flagged. */
    public List<DossierView> queue() {
        return dossiers.open().stream().map(this::view).toList();
    }

    /** NĐ42 Đ13 k5 c: anyone with the code sees the state; the secret from the receipt shows more. */
    public PublicStatus lookup(String code, String secret) {
        Row row = row(code);
        boolean withSecret = secret != null && MessageDigest.isEqual(
                secret.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                row.lookupSecret().getBytes(StandardCharsets.UTF_8));
        Procedure procedure = catalogue.get(row.procedureCode());
        List<PublicStatus.Step> steps = withSecret ? dossiers.history(row.id()).stream()
                .map(h -> new PublicStatus.Step(h.stepPosition(), procedure.steps().get(h.stepPosition() - 1).description(),
                        h.at(), h.action(), h.timeliness())).toList() : List.of();
        return new PublicStatus(row.code(), procedure.code(), procedure.name(), row.status(), row.receivedAt(),
                row.dueAt(), row.openSupplementDue(), withSecret, withSecret ? row.applicantName() : null,
                withSecret ? row.reasonNote() : null, steps);
    }

    /** The items of the dossier taken from data the citizen had given before (NĐ137 Đ8 k4). */
    public List<String> reuse(String code) {
        return dossiers.reusedFields(row(code).id());
    }

    public List<StoredResult> store(String username) {
        return results.owned(username);
    }

    /** Anyone holding a result's code can check it was issued (the PDF itself stays with its owner). */
    public Optional<StoredResult> verify(String resultCode) {
        return results.byCode(resultCode);
    }

    public byte[] resultPdf(String resultCode, String username) {
        StoredResult result = results.byCode(resultCode)
                .filter(r -> Objects.equals(r.ownerUsername(), username))
                .orElseThrow(() -> new CongsoException(DossierError.UNKNOWN_RESULT, resultCode));
        try (InputStream in = blobs.open(result.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT01/2018 mẫu 01). */
    public byte[] receiptPdf(String code) {
        Row row = row(code);
        Procedure procedure = catalogue.get(row.procedureCode());
        Map<String, Object> model = new HashMap<>();
        model.put("dossier", view(row));
        model.put("procedure", procedure);
        model.put("secret", row.lookupSecret());
        model.put("agency", agency.profile().orElseThrow());
        String lookupUrl = qr.lookupUrl(row.code(), row.lookupSecret());
        model.put("lookupUrl", lookupUrl);
        model.put("lookupQr", qr.pngDataUri(lookupUrl));
        return pdfs.render("receipt", model);
    }

    /** Phiếu kiểm soát quá trình giải quyết hồ sơ (TT01/2018 mẫu 04). */
    public byte[] controlSlipPdf(String code) {
        Row row = row(code);
        Map<String, Object> model = new HashMap<>();
        model.put("dossier", view(row));
        model.put("procedure", catalogue.get(row.procedureCode()));
        model.put("agency", agency.profile().orElseThrow());
        return pdfs.render("control-slip", model);
    }

    /**
     * The latest notice of a kind as a PDF: {@code supplement} (TT01/2018 mẫu 02, yêu cầu bổ sung),
     * {@code refusal} (mẫu 03, từ chối) or {@code apology} (mẫu 05, xin lỗi và hẹn lại).
     */
    public byte[] noticePdf(String code, String kind) {
        String action = switch (kind) {
            case "supplement" -> "SUPPLEMENT_REQUESTED";
            case "refusal" -> "REFUSED";
            case "apology" -> "APOLOGISED";
            default -> throw new CongsoException(DossierError.UNKNOWN_DOSSIER, code);
        };
        Row row = row(code);
        DossierView view = view(row);
        DossierView.HistoryEntry entry = view.history().stream().filter(h -> h.action().equals(action))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new CongsoException(DossierError.UNKNOWN_DOSSIER, code));
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("dossier", view);
        model.put("entry", entry);
        model.put("reasonCode", "refusal".equals(kind) ? row.reasonCode() : null);
        model.put("procedure", catalogue.get(row.procedureCode()));
        model.put("agency", agency.profile().orElseThrow());
        return pdfs.render("notice", model);
    }

    private Row row(String code) {
        return dossiers.byCode(code).orElseThrow(() -> new CongsoException(DossierError.UNKNOWN_DOSSIER, code));
    }

    DossierView view(Row row) {
        Procedure procedure = catalogue.get(row.procedureCode());
        ProcedureStep step = procedure.steps().get(row.stepPosition() - 1);
        boolean overdue = row.status().open() && row.status() != DossierStatus.WAITING_SUPPLEMENT
                && clock.instant().isAfter(row.dueAt());
        return new DossierView(row.code(), row.procedureCode(), row.applicantUsername(), row.applicantName(),
                row.applicantEmail(), row.status(), row.channel(), row.receivedAt(), row.dueAt(), row.pausedAt(),
                row.stepPosition(), step.actor(), step.description(), row.stepAssignee(), row.stepDueAt(),
                row.reasonCode(), row.reasonNote(), row.finishedAt(), row.resultCode(), row.version(), overdue,
                row.formData(), dossiers.history(row.id()), dossiers.attachments(row.id()), row.openSupplementDue(),
                row.supplementClosed(clock.instant()));
    }
}
