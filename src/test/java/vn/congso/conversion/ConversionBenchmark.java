package vn.congso.conversion;

import java.awt.image.BufferedImage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import vn.congso.conversion.pipeline.SignatureChecks;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningManagement;

/**
 * {@code bench/convert.sh}: the full conversion pipeline (OCR off) against bare PAdES-B signing of the
 * same scans with the signing module; then the full pipeline with OCR against the bare Tesseract command
 * on the same page images. Not part of the normal test run.
 */
@EnabledIfSystemProperty(named = "congso.bench.conversion.scans", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "congso.conversion.worker-enabled=false")
@ActiveProfiles("test")
class ConversionBenchmark {

    @Autowired
    ConversionManagement conversions;

    @Autowired
    SigningManagement signing;

    @Autowired
    ConversionProperties properties;

    @Autowired
    SignatureChecks checks;

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
        // warm-up: a few of each, not measured
        for (int i = 0; i < Math.min(5, scans); i++) {
            conversions.convert(new ConvertPaper(pdfs.get(i), "warm-up.pdf", LegalContext.GENERAL, false, "canbo", false));
            signing.signAsAgency(pdfs.get(i), SignaturePlacement.bottomRightOfLastPage());
        }
        checks.awaitIdle(Duration.ofMinutes(5));

        // Pipeline and baseline alternate scan by scan, so a change in the machine's load hits both alike;
        // the background signature check of each conversion finishes before the baseline runs.
        long pipeline = 0;
        long bareSigning = 0;
        long validation = 0;
        for (int i = 0; i < scans; i++) {
            long start = System.nanoTime();
            conversions.convert(new ConvertPaper(pdfs.get(i), "ban-quet-" + i + ".pdf", LegalContext.GENERAL, false,
                    "canbo", false));
            long converted = System.nanoTime();
            checks.awaitIdle(Duration.ofMinutes(1));
            long checked = System.nanoTime();
            signing.signAsAgency(pdfs.get(i), SignaturePlacement.bottomRightOfLastPage());
            long signed = System.nanoTime();
            pipeline += converted - start;
            validation += checked - converted;
            bareSigning += signed - checked;
        }

        TesseractOcr tesseract = new TesseractOcr(properties.tesseract());
        String ocrLine = "OCR: Tesseract not installed, not measured";
        if (tesseract.available() && ocrScans > 0) {
            Path dir = Files.createTempDirectory("congso-bench-ocr");
            List<List<Path>> files = new ArrayList<>();
            for (List<BufferedImage> two : pages) {
                List<Path> written = new ArrayList<>();
                for (BufferedImage page : two) {
                    Path file = dir.resolve("p" + files.size() + "-" + written.size() + ".png");
                    ImageIO.write(page, "png", file.toFile());
                    written.add(file);
                }
                files.add(written);
            }
            long ocrPipeline = 0;
            long bareOcr = 0;
            for (int i = 0; i < pages.size(); i++) {
                long start = System.nanoTime();
                Converted converted = conversions.convert(new ConvertPaper(pdfs.get(i), "ocr-" + i + ".pdf",
                        LegalContext.GENERAL, false, "canbo", true));
                long done = System.nanoTime();
                if (converted.record().ocrStatus() != OcrStatus.DONE) {
                    throw new AssertionError("OCR did not run on scan " + i);
                }
                checks.awaitIdle(Duration.ofMinutes(1));
                long bareStart = System.nanoTime();
                // as a user runs it, page by page, with the pipeline's language, layout mode and resolution
                for (Path file : files.get(i)) {
                    Process p = new ProcessBuilder(properties.tesseract(), file.toString(), "-", "-l", "vie", "--psm", "6",
                            "--dpi", "300", "hocr")
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    p.waitFor(120, TimeUnit.SECONDS);
                }
                bareOcr += System.nanoTime() - bareStart;
                ocrPipeline += done - start;
            }
            ocrLine = String.format(Locale.ROOT,
                    "OCR on, %d two-page scans: full pipeline %.0f ms/scan, bare tesseract CLI on the same page images %.0f ms/scan, ratio %.2f",
                    pages.size(), ms(ocrPipeline) / pages.size(), ms(bareOcr) / pages.size(), ocrPipeline / (double) bareOcr);
        }
        String result = String.format(Locale.ROOT,
                "%d two-page 300 dpi scans, OCR off: full pipeline %.1f ms/scan, bare PAdES-B signing %.1f ms/scan, ratio %.2f"
                        + " (background DSS validation of the agency signature, off the request path: %.1f ms/scan)%n%s%n",
                scans, ms(pipeline) / scans, ms(bareSigning) / scans, pipeline / (double) bareSigning,
                ms(validation) / scans, ocrLine);
        System.out.println(result);
        Path out = Path.of("target", "bench", "convert", "results.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result, StandardCharsets.UTF_8);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

}
