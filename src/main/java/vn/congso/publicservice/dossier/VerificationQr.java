package vn.congso.publicservice.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.congso.shared.CongsoProperties;
import vn.congso.shared.pdf.QrCodes;

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
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(QrCodes.image(text, MODULE_PIXELS), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
