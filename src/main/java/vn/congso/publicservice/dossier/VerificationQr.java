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
 * The address at which anyone checks a result by its code ({@code /kiem-tra-ket-qua}, NĐ137 Đ8 k4), and
 * the same address as a QR code for the result's paper: whoever is shown a printed result scans it
 * instead of typing the code.
 */
@Component
public class VerificationQr {

    /** Pixels per QR module: a sharp square at the size the result prints it (about 3 cm). */
    private static final int MODULE_PIXELS = 4;

    private final CongsoProperties congso;

    VerificationQr(CongsoProperties congso) {
        this.congso = congso;
    }

    public String url(String resultCode) {
        return congso.publicUrl() + "/kiem-tra-ket-qua?ma=" + URLEncoder.encode(resultCode, StandardCharsets.UTF_8);
    }

    /** The verification address as a PNG {@code data:} URI, for an {@code <img>} of a PDF template. */
    public String pngDataUri(String resultCode) {
        String text = url(resultCode);
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
        return Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2,
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    }
}
