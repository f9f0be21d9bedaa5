package vn.congso.signing.web;

import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/** Reads an uploaded seal or signature image, refusing an oversized one before reading it. */
final class UploadedImage {

    private UploadedImage() {
    }

    static byte[] read(MultipartFile file, DataSize limit) {
        if (file == null || file.isEmpty()) {
            throw new CongsoException(SigningError.EMPTY_FILE);
        }
        if (file.getSize() > limit.toBytes()) {
            throw new CongsoException(SigningError.IMAGE_TOO_LARGE, limit.toKilobytes() + " KB");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new CongsoException(SigningError.IMAGE_CORRUPT, e);
        }
    }
}
