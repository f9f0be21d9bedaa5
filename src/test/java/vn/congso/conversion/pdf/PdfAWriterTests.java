package vn.congso.conversion.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The QR code is the agency's choice (NĐ137 Đ4 k1 a, second paragraph); the text marker is not. */
class PdfAWriterTests {

    @Test
    void withoutTheQrSettingThePageCarriesTheTextMarkerOnly() throws Exception {
        byte[] pdf = write(null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            assertThat(decodes(page)).isFalse();
        }
        try (PDDocument document = Loader.loadPDF(write("https://xa.gov.vn/tra-cuu/CD-1"))) {
            assertThat(decodes(new PDFRenderer(document).renderImageWithDPI(0, 200))).isTrue();
        }
    }

    private static byte[] write(String qr) throws IOException {
        BufferedImage image = new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 1000);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try (ScanSource scan = ScanSource.open(png.toByteArray(), 100, 10, 10_000_000)) {
            return PdfAWriter.write(scan, "Thử", List.of("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy. Thời gian chuyển đổi: 08:00:00."),
                    qr, null, PdfAWriter.vietnamCalendar(Instant.now())).pdf();
        }
    }

    private static boolean decodes(BufferedImage page) {
        try {
            new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return true;
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return false;
        }
    }
}
