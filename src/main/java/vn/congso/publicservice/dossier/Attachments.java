package vn.congso.publicservice.dossier;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import vn.congso.files.BlobStore;
import vn.congso.files.StoredBlob;
import vn.congso.publicservice.DossierError;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.ValidationSummary;
import vn.congso.signing.Verdict;

/**
 * Checks and stores the files of a dossier's components: the type is read from the content, not the
 * name; a signed PDF has its signature validated and the verdict kept and shown (NĐ137 Đ7 k1 a).
 */
@Component
public class Attachments {

    /** Per file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final BlobStore blobs;
    private final SigningManagement signing;

    Attachments(BlobStore blobs, SigningManagement signing) {
        this.blobs = blobs;
        this.signing = signing;
    }

    /** A checked file, stored. @param verdict null unless a PDF with a signature */
    public record Checked(StoredBlob blob, Verdict verdict) {
    }

    public Checked check(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new CongsoException(DossierError.ATTACHMENT_TOO_LARGE, fileName, MAX_BYTES / (1024 * 1024));
        }
        String type = detect(content);
        if (type == null) {
            throw new CongsoException(DossierError.ATTACHMENT_TYPE, fileName);
        }
        Verdict verdict = null;
        if (type.equals("application/pdf")) {
            ValidationSummary summary = signing.validate(content);
            verdict = summary.verdict() == Verdict.NOT_SIGNED ? null : summary.verdict();
        }
        StoredBlob blob = blobs.store(new ByteArrayInputStream(content), type, fileName, MAX_BYTES);
        return new Checked(blob, verdict);
    }

    /** PDF, JPEG or PNG by their magic numbers; anything else is refused. */
    static String detect(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
