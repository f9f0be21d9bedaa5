package vn.congso.conversion;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import vn.congso.conversion.pipeline.SignatureChecks;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Scans made in the test: seed text from NĐ137 Đ4 rendered to page images, as a scanner would. */
final class ConversionFixtures {

    static final Path SEED = Path.of("/work/shared/seeds/000_a20898d62464a363.txt");
    private static final String FALLBACK = """
            Thông điệp dữ liệu được chuyển đổi từ văn bản giấy phải đáp ứng đủ các yêu cầu quy định tại khoản 1 \
            Điều 12 Luật Giao dịch điện tử. Các thông tin trên thông điệp dữ liệu được chuyển đổi từ văn bản giấy \
            bao gồm ký hiệu riêng bằng chữ thể hiện thông điệp dữ liệu đã được chuyển đổi từ văn bản giấy và thời \
            gian thực hiện chuyển đổi.""";

    private ConversionFixtures() {
    }

    /** A paragraph of Article 4 (or 5) of NĐ137 from the seed text. */
    static String seedParagraph(int article) {
        try {
            if (Files.exists(SEED)) {
                List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
                String heading = "Điều " + article + ".";
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith(heading)) {
                        for (int j = i + 1; j < lines.size(); j++) {
                            if (lines.get(j).length() > 120) {
                                return lines.get(j).strip();
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FALLBACK;
    }

    /** An A4 page at the given resolution with the text in a 12 pt font, wrapped, black on white, grey. */
    static BufferedImage page(String text, int dpi) {
        int width = Math.round(8.27f * dpi);
        int height = Math.round(11.69f * dpi);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font().deriveFont(12f * dpi / 72f));
            int margin = dpi;
            int lineHeight = Math.round(g.getFontMetrics().getHeight() * 1.3f);
            int y = margin + lineHeight;
            for (String line : wrap(text, g, width - 2 * margin)) {
                g.drawString(line, margin, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A "scanned" PDF: one page image per A4 page, stored losslessly. */
    static byte[] scannedPdf(List<BufferedImage> pages) {
        return scannedPdf(pages, LosslessFactory::createFromImage);
    }

    /** A scanned PDF as many scanners write it: one JPEG image per A4 page. */
    static byte[] scannedJpegPdf(List<BufferedImage> pages) {
        return scannedPdf(pages, (document, image) -> JPEGFactory.createFromImage(document, image, 0.8f));
    }

    private interface PageEncoder {
        PDImageXObject encode(PDDocument document, BufferedImage image) throws IOException;
    }

    private static byte[] scannedPdf(List<BufferedImage> pages, PageEncoder encoder) {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject x = encoder.encode(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The register entry once the background signature check has recorded its result. */
    static ConversionRecord checked(ConversionManagement conversions, SignatureChecks checks, String code) {
        try {
            if (!checks.awaitIdle(java.time.Duration.ofSeconds(60))) {
                throw new AssertionError("the signature check did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return conversions.find(code).orElseThrow();
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multi-page TIFF, as document scanners write them. */
    static byte[] tiff(List<BufferedImage> pages) {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new javax.imageio.IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static List<BufferedImage> render(byte[] pdf, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes the QR code in the bottom band of a page rendered at the given resolution. */
    static String qr(BufferedImage page, float bandPoints, int dpi) {
        int bandPixels = Math.min(page.getHeight(), Math.round(bandPoints * dpi / 72f));
        BufferedImage band = page.getSubimage(0, page.getHeight() - bandPixels, page.getWidth(), bandPixels);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(band))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no QR code in the marker band", e);
        }
    }

    private static Font font() {
        try (InputStream in = ConversionFixtures.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> wrap(String text, Graphics2D g, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && g.getFontMetrics().stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
