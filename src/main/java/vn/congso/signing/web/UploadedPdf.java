package vn.congso.signing.web;

import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/** Reads an uploaded file within the validation size limit. */
final class UploadedPdf {

    private UploadedPdf() {
    }

    static byte[] read(MultipartFile file, DataSize limit) {
        if (file == null || file.isEmpty()) {
            throw new CongsoException(SigningError.EMPTY_FILE);
        }
        if (file.getSize() > limit.toBytes()) {
            throw new CongsoException(SigningError.FILE_TOO_LARGE, limit.toMegabytes() + " MB");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new CongsoException(SigningError.CORRUPT_PDF, e);
        }
    }
}
