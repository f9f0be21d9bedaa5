package vn.congso.conversion.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.audit.AuditLog;
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ConversionRecord;
import vn.congso.conversion.ElectronicDocument;
import vn.congso.conversion.OcrStatus;
import vn.congso.conversion.SignatureStatus;
import vn.congso.conversion.Verification;
import vn.congso.conversion.pdf.ScanSource;
import vn.congso.conversion.persistence.ConversionRepository;
import vn.congso.files.BlobStore;
import vn.congso.shared.CongsoException;

/**
 * Puts another module's data message into the conversion register the first time it is printed
 * (NĐ137 Đ5 k1 b: the printed code leads to the document through the search page). A second print of
 * the same document finds its entry; a different document under a taken code is refused.
 */
@Component
public class ElectronicRegistration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");

    private final ConversionRepository register;
    private final BlobStore blobs;
    private final AgencyManagement agency;
    private final AuditLog audit;
    private final Markers markers;
    private final Converter converter;
    private final SignatureChecks signatureChecks;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    ElectronicRegistration(ConversionRepository register, BlobStore blobs, AgencyManagement agency, AuditLog audit,
                           Markers markers, Converter converter, SignatureChecks signatureChecks,
                           TransactionTemplate transactions) {
        this.register = register;
        this.blobs = blobs;
        this.agency = agency;
        this.audit = audit;
        this.markers = markers;
        this.converter = converter;
        this.signatureChecks = signatureChecks;
        this.transactions = transactions;
    }

    /** The register entry of the document, made now if it has none. */
    public ConversionRecord register(ElectronicDocument document, String username) {
        String code = Codes.normalise(document.code());
        if (!CODE.matcher(code).matches()) {
            throw new CongsoException(ConversionError.INVALID_CODE, document.code());
        }
        byte[] pdf = content(document);
        String sha = Codes.sha256(pdf);
        Optional<ConversionRecord> existing = register.find(code);
        if (existing.isPresent()) {
            return same(existing.get(), sha);
        }
        AgencyProfile profile = agency.profile().orElseThrow(() -> new CongsoException(ConversionError.AGENCY_PROFILE_MISSING));
        int pages = pages(pdf);
        if (document.pdf() != null) {
            blobs.store(new ByteArrayInputStream(pdf), "application/pdf", code + ".pdf");
        }
        boolean signed = converter.seal().available();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String title = document.title() == null || document.title().isBlank() ? code : document.title().strip();
        ConversionRecord record = new ConversionRecord(code, document.legalContext(), now, username,
                converter.fullName(username), profile.nameVi(), title.length() > 300 ? title.substring(0, 300) : title,
                "application/pdf", sha, pdf.length, pages, sha, pdf.length,
                signed ? SignatureStatus.PENDING : SignatureStatus.NOT_SIGNED, OcrStatus.NONE,
                document.publicDocument(), Verification.FROM_ELECTRONIC, document.lookupUrl());
        try {
            transactions.executeWithoutResult(status -> {
                register.insert(record, null);
                if (document.accessCode() != null && !document.accessCode().isBlank()) {
                    register.addAccessCode(code, Codes.accessCodeHash(code, document.accessCode()), now, "OWNER");
                }
                audit.recordAs(username, "conversion.registered", "conversion_document", code,
                        markers.text("conversion.audit.registered", pages, sha));
            });
        } catch (DuplicateKeyException e) {
            // printed at the same moment by someone else: their entry stands
            return same(register.find(code).orElseThrow(() -> e), sha);
        }
        if (signed) {
            signatureChecks.submit(code, pdf);
        }
        return record;
    }

    private static ConversionRecord same(ConversionRecord existing, String sha) {
        if (!existing.electronicOrigin() || !Codes.sameDigest(existing.outputSha256(), sha)) {
            throw new CongsoException(ConversionError.CODE_TAKEN, existing.code());
        }
        return existing;
    }

    private byte[] content(ElectronicDocument document) {
        if (document.pdf() != null) {
            if (document.pdf().length == 0) {
                throw new CongsoException(ConversionError.EMPTY_FILE);
            }
            return document.pdf();
        }
        if (document.blobSha256() == null) {
            throw new CongsoException(ConversionError.EMPTY_FILE);
        }
        try (InputStream in = blobs.open(document.blobSha256())) {
            return in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new CongsoException(ConversionError.OUTPUT_FILE_FAILED, e);
        }
    }

    private static int pages(byte[] pdf) {
        if (ScanSource.sniff(pdf) != ScanSource.Kind.PDF) {
            throw new CongsoException(ConversionError.UNSUPPORTED_TYPE);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new CongsoException(ConversionError.NO_PAGES);
            }
            return document.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            throw new CongsoException(ConversionError.ENCRYPTED_PDF, e);
        } catch (IOException e) {
            throw new CongsoException(ConversionError.CORRUPT_FILE, e);
        }
    }
}
