package vn.congso.conversion.pipeline;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.audit.AuditLog;
import vn.congso.conversion.AgencySeal;
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ConversionProperties;
import vn.congso.conversion.ConversionRecord;
import vn.congso.conversion.ConvertPaper;
import vn.congso.conversion.Converted;
import vn.congso.conversion.OcrStatus;
import vn.congso.conversion.SignatureStatus;
import vn.congso.conversion.Verification;
import vn.congso.conversion.ocr.TesseractOcr;
import vn.congso.conversion.pdf.PdfAWriter;
import vn.congso.conversion.pdf.ScanSource;
import vn.congso.conversion.persistence.ConversionRepository;
import vn.congso.files.BlobStore;
import vn.congso.identity.AccountDirectory;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;
import vn.congso.shared.VietnameseText;

/**
 * Paper → data message (NĐ137 Đ4). Everything that can fail on the input happens before anything is
 * stored; the blobs are written next, then the register entry, the access code and the audit entry in
 * one transaction: a refused or failed conversion leaves nothing in the register.
 */
@Component
public class Converter {

    /** Used when no signing service is wired in: documents are registered as not signed. */
    static final AgencySeal NO_SEAL = new AgencySeal() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public byte[] seal(byte[] pdf, Slot slot) {
            return pdf;
        }

        @Override
        public SignatureStatus check(byte[] pdf) {
            return SignatureStatus.NOT_SIGNED;
        }
    };

    private final ConversionProperties properties;
    private final CongsoProperties congso;
    private final AgencyManagement agency;
    private final AccountDirectory accounts;
    private final ConversionRepository register;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Markers markers;
    private final ObjectProvider<AgencySeal> seals;
    private final TransactionTemplate transactions;
    private final TesseractOcr tesseract;
    private final SignatureChecks signatureChecks;
    private final Clock clock = Clock.systemUTC();

    Converter(ConversionProperties properties, CongsoProperties congso, AgencyManagement agency,
              AccountDirectory accounts, ConversionRepository register, BlobStore blobs, AuditLog audit,
              Markers markers, ObjectProvider<AgencySeal> seals, TransactionTemplate transactions,
              SignatureChecks signatureChecks) {
        this.properties = properties;
        this.congso = congso;
        this.agency = agency;
        this.accounts = accounts;
        this.register = register;
        this.blobs = blobs;
        this.audit = audit;
        this.markers = markers;
        this.seals = seals;
        this.transactions = transactions;
        this.signatureChecks = signatureChecks;
        this.tesseract = new TesseractOcr(properties.tesseract());
    }

    public Converted convert(ConvertPaper command) {
        return convert(command, fullName(command.username()), null);
    }

    /**
     * @param batchItemId the batch item this conversion belongs to; a second conversion of the same item
     *                    is refused by the register's unique key, so a retried item never yields two documents
     */
    public Converted convert(ConvertPaper command, String converterName, Long batchItemId) {
        byte[] content = command.content();
        if (content == null || content.length == 0) {
            throw new CongsoException(ConversionError.EMPTY_FILE);
        }
        if (content.length > properties.maxUploadBytes()) {
            throw new CongsoException(ConversionError.FILE_TOO_LARGE, properties.maxUploadBytes() / (1024 * 1024));
        }
        AgencyProfile profile = agency.profile().orElseThrow(() -> new CongsoException(ConversionError.AGENCY_PROFILE_MISSING));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String code = Codes.documentCode();
        String lookupUrl = lookupUrl(code);
        String sourceName = sourceName(command.sourceName());
        List<String> marker = markers.toElectronic(command.legalContext(), now, profile.nameVi(), converterName, code,
                lookupUrl);
        // NĐ137 Đ4 k1 a (second paragraph): the QR code is the agency's choice and carries the marker too.
        String qr = properties.qrCode() ? lookupUrl + "\n" + String.join("\n", marker) : null;
        boolean ocr = command.textLayer() && properties.ocr() && tesseract.available();
        PdfAWriter.Result written;
        ScanSource.Kind kind;
        try (ScanSource scan = ScanSource.open(content, properties.dpi(), properties.maxPages(), properties.maxPagePixels())) {
            kind = scan.kind();
            written = PdfAWriter.write(scan, markers.text("conversion.pdf.title", code), marker, qr,
                    ocr ? tesseract::words : null,
                    PdfAWriter.vietnamCalendar(now));
        }
        AgencySeal seal = seals.getIfAvailable(() -> NO_SEAL);
        // NĐ137 Đ4 k2 đ: the conversion system signs with the agency's signature.
        float[] slot = written.signatureSlot();
        byte[] output = seal.available()
                ? seal.seal(written.pdf(), new AgencySeal.Slot(1, slot[0], slot[1], slot[2], slot[3]))
                : written.pdf();
        // The signature is validated off the request path (SignatureChecks); the register says PENDING until then.
        SignatureStatus signature = seal.available() ? SignatureStatus.PENDING : SignatureStatus.NOT_SIGNED;
        OcrStatus ocrStatus = written.pagesWithText() == 0 ? OcrStatus.NONE
                : written.pagesWithText() == written.pages() ? OcrStatus.DONE : OcrStatus.PARTIAL;

        String accessCode = Codes.accessCode();
        // NĐ137 Đ4 k2 c: the source scan and the data message are both kept. Their blob rows join the register
        // transaction: one commit (one WAL flush) per conversion instead of three. A rolled-back conversion
        // leaves at most unreferenced blob files, never a register entry without its blobs.
        ConversionRecord record = transactions.execute(status -> {
            String sourceSha = blobs.store(new ByteArrayInputStream(content), kind.mediaType, sourceName).sha256();
            String outputSha = blobs.store(new ByteArrayInputStream(output), "application/pdf", code + ".pdf").sha256();
            ConversionRecord entry = new ConversionRecord(code, command.legalContext(), now, command.username(),
                    converterName, profile.nameVi(), sourceName, kind.mediaType, sourceSha, content.length,
                    written.pages(), outputSha, output.length, signature, ocrStatus, command.publicDocument(),
                    Verification.FROM_PAPER, null);
            register.insert(entry, batchItemId);
            register.addAccessCode(code, Codes.accessCodeHash(code, accessCode), now, "CONVERSION");
            audit.recordAs(command.username(), "conversion.converted", "conversion_document", code,
                    markers.text("conversion.audit.converted", sourceName, written.pages(), outputSha,
                            signature.name(), ocrStatus.name()));
            return entry;
        });
        if (seal.available()) {
            signatureChecks.submit(code, output);
        }
        return new Converted(record, accessCode);
    }

    public String lookupUrl(String code) {
        return searchUrl() + "/" + code;
    }

    /** NĐ137 Đ5 k1 b: the search page where the unique code is entered. */
    public String searchUrl() {
        String base = congso.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/tra-cuu";
    }

    public AgencySeal seal() {
        return seals.getIfAvailable(() -> NO_SEAL);
    }

    public String fullName(String username) {
        return accounts.fullName(username).orElse(username);
    }

    private static String sourceName(String name) {
        String cleaned = name == null ? "" : VietnameseText.nfc(name).replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        if (cleaned.isEmpty()) {
            return "scan";
        }
        return cleaned.length() > 300 ? cleaned.substring(cleaned.length() - 300) : cleaned;
    }

}
