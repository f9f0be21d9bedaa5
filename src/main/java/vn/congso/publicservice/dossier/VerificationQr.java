package vn.congso.publicservice.dossier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congso.shared.CongsoProperties;

/**
 * The addresses printed on the dossier's papers, as text and as a QR code, so whoever holds the paper
 * scans it instead of typing: the check of a result by its code ({@code /kiem-tra-ket-qua}, NĐ137 Đ8 k4)
 * and the status lookup of a receipt with its secret ({@code /tra-cuu-ho-so}, NĐ42 Đ13 k5).
 */
@Component
public class VerificationQr {

    /** Pixels per QR module: a sharp square at the size the result prints it (about 3 cm). */
    private static final int MODULE_PIXELS = 4;

    private final CongsoProperties congso;

    VerificationQr(CongsoProperties congso) {
        this.congso = congso;
    }

    public String resultUrl(String resultCode) {
        return congso.publicUrl() + "/kiem-tra-ket-qua?ma=" + encoded(resultCode);
    }

    /** The receipt's lookup: the secret is printed beside it on the same paper. */
    public String lookupUrl(String dossierCode, String secret) {
        return congso.publicUrl() + "/tra-cuu-ho-so?ma=" + encoded(dossierCode) + "&bi-mat=" + encoded(secret);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code text} as a QR code in a PNG {@code data:} URI, for an {@code <img>} of a PDF template. */
    public String pngDataUri(String text) {
        try {
            BitMatrix minimal = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints());
            int side = minimal.getWidth() * MODULE_PIXELS;
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, side, side, hints());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<EncodeHintType, Object> hints() {
        return Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4,
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    }
}
