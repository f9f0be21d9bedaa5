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
import vn.congso.shared.pdf.VietnameseFont;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.pdf.PdfSigner;

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
        // 20 distinct page pairs (each page encoded once), cycled: every PDF is still distinct bytes (its
        // own title), so the blob store never deduplicates one scan against another
        int distinct = Math.min(20, scans);
        List<List<BufferedImage>> pairs = new ArrayList<>();
        List<List<byte[]>> encoded = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            List<BufferedImage> two = List.of(ConversionFixtures.page(seed4 + " Bản số " + i, 300),
                    ConversionFixtures.page(seed5 + " Trang hai bản số " + i, 300));
            pairs.add(two);
            encoded.add(two.stream().map(ConversionBenchmark::deflate).toList());
        }
        List<byte[]> pdfs = new ArrayList<>();
        List<List<BufferedImage>> pages = new ArrayList<>();
        for (int i = 0; i < scans; i++) {
            pdfs.add(scannedPdf(encoded.get(i % distinct), "Bản quét số " + i));
            if (i < ocrScans) {
                pages.add(pairs.get(i % distinct));
            }
        }
        // The baseline is bare DSS PAdES-B signing. signAsAgency now also draws the agency's seal
        // image (NĐ30 Phụ lục I), which the pipeline pays too; bare DSS signing with the same text and no
        // image is measured as well, so the ratio can be given with the seal image on both sides and on neither.
        SigningKey bareKey = SigningFixtures.externalKey("Bench agency");
        PdfSigner bareDss = new PdfSigner(SigningFixtures.trusting(), null,
                eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B, VietnameseFont.regular());
        String bareText = "Ký bởi: Ủy ban nhân dân xã\nThời gian ký: 2026-12-01T23:00:00+07:00\n"
                + "(Chứng thư số thử nghiệm, không có giá trị pháp lý)";
        // warm-up: a few of each, not measured
        for (int i = 0; i < Math.min(5, scans); i++) {
            conversions.convert(new ConvertPaper(pdfs.get(i), "warm-up.pdf", LegalContext.GENERAL, false, "canbo", false));
            signing.signAsAgency(pdfs.get(i), SignaturePlacement.bottomRightOfLastPage());
            bareDss.sign(pdfs.get(i), bareKey, bareText, SignaturePlacement.bottomRightOfLastPage(), java.time.Instant.now());
        }
        checks.awaitIdle(Duration.ofMinutes(5));

        // Pipeline and baseline alternate scan by scan, so a change in the machine's load (and the background
        // signature checks the conversions queue) hits both alike; the checks still queued are waited for
        // at the end and reported on their own.
        long pipeline = 0;
        long bareSigning = 0;
        long bareDssSigning = 0;
        for (int i = 0; i < scans; i++) {
            long start = System.nanoTime();
            conversions.convert(new ConvertPaper(pdfs.get(i), "ban-quet-" + i + ".pdf", LegalContext.GENERAL, false,
                    "canbo", false));
            long converted = System.nanoTime();
            signing.signAsAgency(pdfs.get(i), SignaturePlacement.bottomRightOfLastPage());
            long agencySigned = System.nanoTime();
            bareDss.sign(pdfs.get(i), bareKey, bareText, SignaturePlacement.bottomRightOfLastPage(), java.time.Instant.now());
            pipeline += converted - start;
            bareSigning += agencySigned - converted;
            bareDssSigning += System.nanoTime() - agencySigned;
        }
        long drainStart = System.nanoTime();
        checks.awaitIdle(Duration.ofMinutes(30));
        long validation = System.nanoTime() - drainStart;

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
            long bareOneThread = 0;
            for (int i = 0; i < pages.size(); i++) {
                long start = System.nanoTime();
                Converted converted = conversions.convert(new ConvertPaper(pdfs.get(i), "ocr-" + i + ".pdf",
                        LegalContext.GENERAL, false, "canbo", true));
                long done = System.nanoTime();
                if (converted.record().ocrStatus() != OcrStatus.DONE) {
                    throw new AssertionError("OCR did not run on scan " + i);
                }
                checks.awaitIdle(Duration.ofMinutes(1));
                // as a user runs it, page by page, with the pipeline's language, layout mode and resolution, and
                // Tesseract's default OpenMP threads (one per core); then the same with one thread per process,
                // as the pipeline runs it (two pages at once)
                long bareStart = System.nanoTime();
                bareTesseract(files.get(i), false);
                long bareDone = System.nanoTime();
                bareTesseract(files.get(i), true);
                bareOcr += bareDone - bareStart;
                bareOneThread += System.nanoTime() - bareDone;
                ocrPipeline += done - start;
            }
            ocrLine = String.format(Locale.ROOT,
                    "OCR on, %d two-page scans: full pipeline %.0f ms/scan, bare tesseract CLI on the same page images"
                            + " page by page (default OpenMP threads) %.0f ms/scan, ratio %.2f; bare tesseract with"
                            + " OMP_THREAD_LIMIT=1 page by page %.0f ms/scan",
                    pages.size(), ms(ocrPipeline) / pages.size(), ms(bareOcr) / pages.size(), ocrPipeline / (double) bareOcr,
                    ms(bareOneThread) / pages.size());
        }
        // neither side with the seal image: the pipeline less what the image adds to signAsAgency
        long sealImage = bareSigning - bareDssSigning;
        String result = String.format(Locale.ROOT,
                "%d two-page 300 dpi scans, OCR off: full pipeline %.1f ms/scan, signAsAgency (PAdES-B + seal image) %.1f ms/scan,"
                        + " ratio %.2f; bare DSS PAdES-B, same text, no image %.1f ms/scan, pipeline less the seal image"
                        + " %.1f ms/scan, ratio %.2f"
                        + " (background DSS validations of the agency signatures still queued after the loop: %.0f ms in all)%n%s%n",
                scans, ms(pipeline) / scans, ms(bareSigning) / scans, pipeline / (double) bareSigning,
                ms(bareDssSigning) / scans, ms(pipeline - sealImage) / scans,
                (pipeline - sealImage) / (double) bareDssSigning, ms(validation), ocrLine);
        System.out.println(result);
        Path out = Path.of("target", "bench", "convert", "results.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result, StandardCharsets.UTF_8);
    }

    private void bareTesseract(List<Path> pages, boolean oneThread) throws Exception {
        for (Path file : pages) {
            ProcessBuilder builder = new ProcessBuilder(properties.tesseract(), file.toString(), "-", "-l", "vie",
                    "--psm", "6", "--dpi", "300", "hocr")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (oneThread) {
                builder.environment().put("OMP_THREAD_LIMIT", "1");
            } else {
                builder.environment().remove("OMP_THREAD_LIMIT");
            }
            builder.start().waitFor(120, TimeUnit.SECONDS);
        }
    }

    /** 8-bit grey samples, Flate-compressed, as a scanner's PDF holds them. */
    private static byte[] deflate(BufferedImage grey) {
        byte[] samples = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream deflater = new java.util.zip.DeflaterOutputStream(out)) {
            deflater.write(samples);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A scanned two-page A4 PDF from already encoded page images (2481 × 3507 grey at 300 dpi). */
    private static byte[] scannedPdf(List<byte[]> pages, String title) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            for (byte[] page : pages) {
                org.apache.pdfbox.pdmodel.PDPage pdfPage = new org.apache.pdfbox.pdmodel.PDPage(
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(pdfPage);
                org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
                        new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(document,
                                new java.io.ByteArrayInputStream(page), org.apache.pdfbox.cos.COSName.FLATE_DECODE,
                                Math.round(8.27f * 300), Math.round(11.69f * 300), 8,
                                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, 0, 0, org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth(),
                            org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight());
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

}
