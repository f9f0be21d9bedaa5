package vn.congso.publicservice;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.files.BlobStore;
import vn.congso.files.StoredBlob;
import vn.congso.publicservice.dossier.DossierRepository;
import vn.congso.publicservice.dossier.ResultRepository;
import vn.congso.shared.CongsoException;

/**
 * Results issued outside the dossier's own steps: an outgoing document of the document flow that answers a
 * dossier becomes, once issued (numbered and sealed), the dossier's signed result in the applicant's electronic
 * data store (NĐ137 Đ9 k4 d, Đ8 k4).
 */
@Service
public class DossierResults {

    private final DossierRepository dossiers;
    private final ResultRepository results;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;

    DossierResults(DossierRepository dossiers, ResultRepository results, BlobStore blobs,
                   ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.results = results;
        this.blobs = blobs;
        this.events = events;
    }

    public boolean exists(String dossierCode) {
        return dossiers.byCode(dossierCode).isPresent();
    }

    /**
     * Stores the issued document as the dossier's result, under the code {@code <mã hồ sơ>-<số-ký hiệu>}, and
     * notes it in the dossier's history; the result code it was stored under.
     */
    @Transactional
    public String record(String dossierCode, String numberSymbol, String subject, byte[] signedPdf, Instant issuedAt,
                         String actor) {
        DossierRepository.Row dossier = dossiers.byCode(dossierCode)
                .orElseThrow(() -> new CongsoException(DossierError.UNKNOWN_DOSSIER, dossierCode));
        String code = dossier.code() + "-" + numberSymbol.replace('/', '-');
        StoredBlob blob = blobs.store(new ByteArrayInputStream(signedPdf), "application/pdf", code + ".pdf");
        results.insert(code, dossier.id(), dossier.applicantUsername(), dossier.procedureCode(),
                Map.of("numberSymbol", numberSymbol, "subject", subject), blob.sha256(), issuedAt);
        dossiers.history(dossier.id(), issuedAt, actor, "RESULT_ISSUED", dossier.stepPosition(), dossier.stepDueAt(),
                null, numberSymbol);
        // NĐ137 Đ7 k1 c: the applicant is told, like at every other step; audited with the dossier's history
        events.publishEvent(new DossierTransitioned(dossier.code(), "RESULT_ISSUED", dossier.status(),
                dossier.applicantEmail(), numberSymbol));
        return code;
    }
}
