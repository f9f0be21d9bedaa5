package vn.congso.shared.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The QR codes printed on the platform's papers (converted documents' marker bands, dossier receipts and
 * results), all made the same way so a phone reads each of them.
 */
public final class QrCodes {

    /**
     * The encoder's own choice of mask: a fixed one draws shapes like the finder patterns for some texts
     * (about one lookup address in sixty), and the code is then not found on the page. The spec's
     * four-module quiet zone, as the code sits beside text.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);

    private QrCodes() {
    }

    /** {@code text} as a 1-bit image of {@code modulePixels} square pixels per module, quiet zone included. */
    public static BufferedImage image(String text, int modulePixels) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth() * modulePixels, matrix.getHeight() * modulePixels,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / modulePixels, y / modulePixels) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
