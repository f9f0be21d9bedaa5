package vn.congso.conversion;

import java.awt.image.BufferedImage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.congso.conversion.ocr.TesseractOcr;
import vn.congso.conversion.pdf.PdfAWriter;
import vn.congso.conversion.pdf.ScanSource;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningManagement;

/**
 * {@code bench/convert.sh}: the full conversion pipeline (OCR off) against bare PAdES-B signing of the
 * same scans with the signing module; then the pipeline's OCR path against the bare Tesseract command
 * on the same page images. Not part of the normal test run.
 */
@EnabledIfSystemProperty(named = "congso.bench.conversion.scans", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"congso.conversion.ocr=false", "congso.conversion.worker-enabled=false"})
@ActiveProfiles("test")
class ConversionBenchmark {

    @Autowired
    ConversionManagement conversions;

    @Autowired
    SigningManagement signing;

    @Autowired
    ConversionProperties properties;

    @Test
    void pipelineAgainstBareSigningAndOcrAgainstBareTesseract() throws Exception {
        int scans = Integer.getInteger("congso.bench.conversion.scans");
        int ocrScans = Integer.getInteger("congso.bench.conversion.ocr-scans", 5);
        String seed4 = ConversionFixtures.seedParagraph(4);
        String seed5 = ConversionFixtures.seedParagraph(5);
        List<byte[]> pdfs = new ArrayList<>();
        List<List<BufferedImage>> pages = new ArrayList<>();
        for (int i = 0; i < scans; i++) {
            List<BufferedImage> two = List.of(ConversionFixtures.page(seed4 + " Bản số " + i, 300),
                    ConversionFixtures.page(seed5 + " Trang hai bản số " + i, 300));
            pdfs.add(ConversionFixtures.scannedPdf(two));
            if (i < ocrScans) {
                pages.add(two);
            }
        }
        // warm-up: one of each, not measured
        conversions.convert(new ConvertPaper(pdfs.get(0), "warm-up.pdf", LegalContext.GENERAL, false, "canbo"));
        signing.signAsAgency(pdfs.get(0), SignaturePlacement.bottomRightOfLastPage());

        long start = System.nanoTime();
        for (int i = 0; i < scans; i++) {
            conversions.convert(new ConvertPaper(pdfs.get(i), "ban-quet-" + i + ".pdf", LegalContext.GENERAL, false, "canbo"));
        }
        long pipeline = System.nanoTime() - start;
        start = System.nanoTime();
        for (byte[] pdf : pdfs) {
            signing.signAsAgency(pdf, SignaturePlacement.bottomRightOfLastPage());
        }
        long bareSigning = System.nanoTime() - start;

        TesseractOcr tesseract = new TesseractOcr(properties.tesseract());
        String ocrLine = "OCR: Tesseract not installed, not measured";
        if (tesseract.available() && ocrScans > 0) {
            start = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                try (ScanSource scan = ScanSource.open(pdfs.get(i), 300, 10, 100_000_000)) {
                    PdfAWriter.write(scan, "bench", List.of("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy."), "x",
                            tesseract::words, PdfAWriter.vietnamCalendar(java.time.Instant.now()));
                }
            }
            long ocrPipeline = System.nanoTime() - start;
            Path dir = Files.createTempDirectory("congso-bench-ocr");
            List<Path> files = new ArrayList<>();
            for (List<BufferedImage> two : pages) {
                for (BufferedImage page : two) {
                    Path file = dir.resolve("p" + files.size() + ".png");
                    ImageIO.write(page, "png", file.toFile());
                    files.add(file);
                }
            }
            start = System.nanoTime();
            for (Path file : files) {
                Process p = new ProcessBuilder(properties.tesseract(), file.toString(), "-", "-l", "vie", "--psm", "6", "hocr")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor(120, TimeUnit.SECONDS);
            }
            long bareOcr = System.nanoTime() - start;
            ocrLine = String.format(Locale.ROOT,
                    "OCR on, %d two-page scans: pipeline (render, OCR, PDF/A) %.0f ms/scan, bare tesseract CLI %.0f ms/scan, ratio %.2f",
                    pages.size(), ms(ocrPipeline) / pages.size(), ms(bareOcr) / pages.size(), ocrPipeline / (double) bareOcr);
        }
        String result = String.format(Locale.ROOT,
                "%d two-page 300 dpi scans, OCR off: full pipeline %.0f ms/scan, bare PAdES-B signing %.0f ms/scan, ratio %.1f%n%s%n",
                scans, ms(pipeline) / scans, ms(bareSigning) / scans, pipeline / (double) bareSigning, ocrLine);
        System.out.println(result);
        Path out = Path.of("target", "bench", "convert", "results.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result, StandardCharsets.UTF_8);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

}
