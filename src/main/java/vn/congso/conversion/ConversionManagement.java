package vn.congso.conversion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.audit.AuditLog;
import vn.congso.conversion.pdf.PaperCopyWriter;
import vn.congso.conversion.persistence.BatchRepository;
import vn.congso.conversion.persistence.ConversionRepository;
import vn.congso.conversion.pipeline.Codes;
import vn.congso.conversion.pipeline.Converter;
import vn.congso.conversion.pipeline.ElectronicRegistration;
import vn.congso.conversion.pipeline.Markers;
import vn.congso.files.BlobStore;
import vn.congso.shared.CongsoException;

/**
 * Conversion between paper and data messages (NĐ137 Đ4, Đ5), the conversion register, the public
 * lookup and the byte-for-byte check.
 */
@Service
public class ConversionManagement {

    /** A file of a batch upload. */
    public record BatchFile(String name, byte[] content) {
    }

    private final Converter converter;
    private final ConversionRepository register;
    private final BatchRepository batches;
    private final BlobStore blobs;
    private final AgencyManagement agency;
    private final AuditLog audit;
    private final Markers markers;
    private final ConversionProperties properties;
    private final TransactionTemplate transactions;
    private final ElectronicRegistration electronic;
    private final Clock clock = Clock.systemUTC();

    ConversionManagement(Converter converter, ElectronicRegistration electronic, ConversionRepository register, BatchRepository batches, BlobStore blobs,
                         AgencyManagement agency, AuditLog audit, Markers markers, ConversionProperties properties,
                         TransactionTemplate transactions) {
        this.converter = converter;
        this.electronic = electronic;
        this.register = register;
        this.batches = batches;
        this.blobs = blobs;
        this.agency = agency;
        this.audit = audit;
        this.markers = markers;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Paper → data message (NĐ137 Đ4); the access code in the result is shown once. */
    public Converted convert(ConvertPaper command) {
        return converter.convert(command);
    }

    public Optional<ConversionRecord> find(String code) {
        return register.find(normalise(code));
    }

    public List<ConversionRecord> recent(int limit) {
        return register.recent(limit);
    }

    /** The stored data message, exactly as registered. */
    public byte[] original(String code) {
        ConversionRecord record = require(code);
        try (InputStream in = blobs.open(record.outputSha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CongsoException(ConversionError.OUTPUT_FILE_FAILED, e);
        }
    }

    /** Data message → paper (NĐ137 Đ5) in the general wording. */
    public PaperCopy printCopy(String documentCode, String printedBy) {
        return printCopy(documentCode, printedBy, LegalContext.GENERAL);
    }

    /**
     * Data message → paper (NĐ137 Đ5): the original pages whole, each with the marker, the time, the
     * converting agency and person, the information system and its owner, the address, the code and a
     * fresh access code; who printed what and when is recorded.
     */
    public PaperCopy printCopy(String documentCode, String printedBy, LegalContext context) {
        ConversionRecord record = require(documentCode);
        AgencyProfile profile = agency.profile().orElseThrow(() -> new CongsoException(ConversionError.AGENCY_PROFILE_MISSING));
        // NĐ137 Đ5 k3 a: retrieve the original from storage; the blob store checks it against its hash.
        byte[] original = original(record.code());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String printerName = converter.fullName(printedBy);
        String accessCode = Codes.accessCode();
        String lookupUrl = lookupUrl(record);
        List<String> marker = markers.toPaper(context, now, profile.nameVi(), printerName, profile.systemName(),
                profile.systemOwner(), record.code(), lookupUrl, converter.searchUrl(), accessCode);
        PaperCopyWriter.Result paper = PaperCopyWriter.write(original, marker, properties.qrCode() ? lookupUrl : null);
        String sha = Codes.sha256(paper.pdf());
        transactions.executeWithoutResult(status -> {
            register.addAccessCode(record.code(), Codes.accessCodeHash(record.code(), accessCode), now, "PRINT");
            register.recordPrint(record.code(), now, printedBy, printerName, paper.pages(), sha);
            audit.recordAs(printedBy, "conversion.printed", "conversion_document", record.code(),
                    markers.text("conversion.audit.printed", paper.pages(), sha));
        });
        return new PaperCopy(record.code(), paper.pdf(), paper.pages(), accessCode);
    }

    /** What the public may know about a code (NĐ137 Đ5 k1 b); the access code opens the content. */
    public Verification verify(String code, String accessCode) {
        ConversionRecord record = require(code);
        AgencyProfile profile = agency.profile().orElse(null);
        SignatureStatus signature = converter.seal().available() ? converter.seal().check(original(record.code()))
                : record.signatureStatus();
        // an electronic document was registered by whoever printed it first, maybe its citizen owner: not shown
        return new Verification(record.code(), record.origin(), record.legalContext(), record.convertedAt(),
                record.electronicOrigin() ? null : record.converterName(), record.agencyName(), profile == null ? null : profile.systemName(),
                profile == null ? null : profile.systemOwner(), record.pages(), record.outputSha256(), signature,
                record.ocrStatus(), record.publicDocument(), mayRead(record, accessCode), lookupUrl(record));
    }

    /**
     * Data message → paper (NĐ137 Đ5) for a document another module stores: it joins the register under
     * its own code on its first print (so {@code /tra-cuu/{code}} and the verification API find it, and
     * its owner's access code opens it), then prints like a converted document, the print recorded.
     */
    public PaperCopy printElectronic(ElectronicDocument document, String printedBy) {
        electronic.register(document, printedBy);
        return printCopy(document.code(), printedBy, document.legalContext());
    }

    /** The content for a reader: public documents to anyone, others only with an access code printed with them. */
    public byte[] content(String code, String accessCode) {
        ConversionRecord record = require(code);
        if (!mayRead(record, accessCode)) {
            throw new CongsoException(ConversionError.ACCESS_CODE_REQUIRED);
        }
        return original(record.code());
    }

    /** Whether a copy is byte for byte the stored original (its SHA-256 equals the registered one). */
    public boolean matchesOriginal(String code, byte[] copy) {
        ConversionRecord record = require(code);
        return Codes.sameDigest(Codes.sha256(copy), record.outputSha256());
    }

    public List<ConversionRepository.PrintRow> prints(String code) {
        return register.prints(require(code).code());
    }

    /** Stores the files and queues them; the batch worker converts them one by one. */
    public long startBatch(List<BatchFile> files, LegalContext context, boolean publicDocument, String username) {
        if (files.isEmpty()) {
            throw new CongsoException(ConversionError.BATCH_EMPTY);
        }
        for (BatchFile file : files) {
            if (file.content().length > properties.maxUploadBytes()) {
                throw new CongsoException(ConversionError.FILE_TOO_LARGE, properties.maxUploadBytes() / (1024 * 1024));
            }
        }
        List<String> hashes = files.stream().map(file -> blobs.store(new ByteArrayInputStream(file.content()), "application/octet-stream", file.name()).sha256())
                .toList();
        String converterName = converter.fullName(username);
        Long id = transactions.execute(status -> {
            long batch = batches.createBatch(clock.instant(), username, converterName, context, publicDocument);
            for (int i = 0; i < files.size(); i++) {
                batches.addItem(batch, i + 1, files.get(i).name() == null ? "scan" : files.get(i).name(), hashes.get(i));
            }
            audit.recordAs(username, "conversion.batch-started", "conversion_batch", Long.toString(batch),
                    markers.text("conversion.audit.batch", files.size()));
            return batch;
        });
        return id;
    }

    public BatchProgress batchProgress(long id) {
        batches.batch(id).orElseThrow(() -> new CongsoException(ConversionError.BATCH_NOT_FOUND, id));
        List<BatchProgress.Item> items = batches.items(id);
        int done = (int) items.stream().filter(i -> BatchRepository.DONE.equals(i.state())).count();
        int failed = (int) items.stream().filter(i -> BatchRepository.FAILED.equals(i.state())).count();
        return new BatchProgress(id, items.size(), done, failed, items);
    }

    private String lookupUrl(ConversionRecord record) {
        return record.lookupUrl() != null ? record.lookupUrl() : converter.lookupUrl(record.code());
    }

    private boolean mayRead(ConversionRecord record, String accessCode) {
        if (record.publicDocument()) {
            return true;
        }
        if (accessCode == null || accessCode.isBlank()) {
            return false;
        }
        String hash = Codes.accessCodeHash(record.code(), accessCode);
        return register.accessCodeHashes(record.code()).stream().anyMatch(stored -> Codes.sameDigest(stored, hash));
    }

    private ConversionRecord require(String code) {
        return register.find(normalise(code))
                .orElseThrow(() -> new CongsoException(ConversionError.DOCUMENT_NOT_FOUND, code));
    }

    private static String normalise(String code) {
        return Codes.normalise(code);
    }
}
