package vn.congso.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.conversion.pipeline.SignatureChecks;
import vn.congso.testing.CongsoIntegrationTest;

/** Paper → data message → paper, checked the way a user or an inspector would check it. */
@CongsoIntegrationTest
class ConversionRoundTripTests {

    private static byte[] scan;
    private static Converted converted;

    @Autowired
    ConversionManagement conversions;

    @Autowired
    AgencyManagement agency;

    @Autowired
    AgencySeal seal;

    @Autowired
    SignatureChecks checks;

    private Converted converted() {
        if (converted == null) {
            String text = ConversionFixtures.seedParagraph(4);
            scan = ConversionFixtures.scannedPdf(List.of(ConversionFixtures.page(text, 300),
                    ConversionFixtures.page(ConversionFixtures.seedParagraph(5), 300)));
            converted = conversions.convert(new ConvertPaper(scan, "Giấy xác nhận cư trú.pdf", LegalContext.GENERAL,
                    false, "canbo"));
        }
        return converted;
    }

    @Test
    void aScannedPdfBecomesAPdfA2bThatVeraPdfAccepts() {
        assertPdfA2b(conversions.original(converted().record().code()));
    }

    private static void assertPdfA2b(byte[] output) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(ConversionFixtures.stream(output), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.PASSED) {
                    failures.add(assertion.getRuleId() + " " + assertion.getMessage());
                }
            }
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theRegisterRecordsWhoWhenSourceAndOutput() {
        ConversionRecord record = converted().record();
        assertThat(record.pages()).isEqualTo(2);
        assertThat(record.converterName()).isEqualTo("Ma Văn Hùng");
        assertThat(record.convertedBy()).isEqualTo("canbo");
        assertThat(record.sourceName()).isEqualTo("Giấy xác nhận cư trú.pdf");
        assertThat(record.sourceType()).isEqualTo("application/pdf");
        assertThat(record.sourceSha256()).isEqualTo(vn.congso.conversion.pipeline.Codes.sha256(scan));
        byte[] output = conversions.original(record.code());
        assertThat(record.outputSha256()).isEqualTo(vn.congso.conversion.pipeline.Codes.sha256(output));
        assertThat(conversions.find(record.code())).hasValueSatisfying(stored -> {
            assertThat(stored.code()).isEqualTo(record.code());
            assertThat(stored.outputSha256()).isEqualTo(record.outputSha256());
            assertThat(stored.convertedAt()).isEqualTo(record.convertedAt());
        });
    }

    /**
     * NĐ137 Đ4 k2 a: a page that is one scanned image keeps that image's bytes, whatever their encoding
     * (Flate from one scanner, JPEG from another): nothing is decoded and encoded again. The JPEG scan's
     * output is PDF/A-2b as well.
     */
    @Test
    void theScannersImageStreamsAreKeptByteForByte() throws IOException {
        assertThat(imageStreams(conversions.original(converted().record().code()))).isEqualTo(imageStreams(scan));

        byte[] jpegScan = ConversionFixtures.scannedJpegPdf(List.of(ConversionFixtures.page("Trang một: Quyết định", 150),
                ConversionFixtures.page("Trang hai: Nơi nhận", 150)));
        Converted jpeg = conversions.convert(new ConvertPaper(jpegScan, "quyet-dinh.pdf", LegalContext.GENERAL, false,
                "canbo", false));
        byte[] output = conversions.original(jpeg.record().code());
        assertThat(imageStreams(output)).isEqualTo(imageStreams(jpegScan)).allSatisfy(stream ->
                assertThat(stream).startsWith((byte) 0xFF, (byte) 0xD8));
        assertPdfA2b(output);
    }

    /** The raw (still encoded) bytes of every page's image, in page order. */
    private static List<List<Byte>> imageStreams(byte[] pdf) throws IOException {
        List<List<Byte>> streams = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                try (java.io.InputStream in = scanImage(page).getCOSObject().createRawInputStream()) {
                    byte[] raw = in.readAllBytes();
                    List<Byte> bytes = new ArrayList<>(raw.length);
                    for (byte b : raw) {
                        bytes.add(b);
                    }
                    streams.add(bytes);
                }
            }
        }
        return streams;
    }

    /** NĐ137 Đ4 k1 a: marker text with time, agency and person on every page; QR with the same and the URL. */
    @Test
    void everyPageCarriesTheMarkerAndAQrCode() {
        ConversionRecord record = converted().record();
        byte[] output = conversions.original(record.code());
        AgencyProfile profile = agency.profile().orElseThrow();
        String lookupUrl = "http://localhost:8080/tra-cuu/" + record.code();
        try (PDDocument document = Loader.loadPDF(output)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= 2; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy")
                        .contains(vn.congso.conversion.pipeline.Markers.time(record.convertedAt()))
                        .contains(profile.nameVi()).contains("Ma Văn Hùng").contains(record.code());
            }
            BufferedImage last = new PDFRenderer(document).renderImageWithDPI(1, 300, ImageType.GRAY);
            String qr = ConversionFixtures.qr(last, 110, 300);
            assertThat(qr).startsWith(lookupUrl).contains("Ma Văn Hùng").contains(profile.nameVi());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * NĐ137 Đ4 k2 a: same page count; each page image embedded in the output is the input's page image
     * sample for sample, and each output page as rendered matches the input page as rendered, the
     * marker band below it aside. PDF rendering
     * anti-aliases glyph edges slightly differently from one rendering to the next, so a scanned PDF is
     * compared with a tolerance; image scans are compared sample for sample
     * ({@link #everyPageOfAMultiPageTiffIsKeptSampleForSample}).
     */
    @Test
    void theOutputPagesAreTheInputPagesUnaltered() throws IOException {
        byte[] output = conversions.original(converted().record().code());
        try (PDDocument in = Loader.loadPDF(scan); PDDocument out = Loader.loadPDF(output)) {
            assertThat(out.getNumberOfPages()).isEqualTo(in.getNumberOfPages());
            PDFRenderer inRenderer = new PDFRenderer(in);
            PDFRenderer outRenderer = new PDFRenderer(out);
            for (int i = 0; i < in.getNumberOfPages(); i++) {
                // the scanner's image itself, sample for sample
                BufferedImage scanned = embeddedImage(in.getPage(i));
                java.awt.image.Raster embedded = embeddedSamples(out.getPage(i));
                assertThat(embedded.getWidth()).isEqualTo(scanned.getWidth());
                assertThat(embedded.getHeight()).isEqualTo(scanned.getHeight());
                assertThat(differingSamples(scanned, embedded, 0)).isZero();

                BufferedImage expected = inRenderer.renderImageWithDPI(i, 300, ImageType.RGB);

                BufferedImage rendered = outRenderer.renderImageWithDPI(i, 300, ImageType.RGB);
                assertThat(share(differingPixels(expected, rendered), expected)).isLessThan(0.005);
            }
        }
    }

    @Test
    void everyPageOfAMultiPageTiffIsKeptSampleForSample() throws IOException {
        List<BufferedImage> pages = List.of(ConversionFixtures.page("Trang một: Giấy chứng nhận quyền sử dụng đất", 100),
                ConversionFixtures.page("Trang hai: Sơ đồ thửa đất", 100));
        byte[] tiff = ConversionFixtures.tiff(pages);
        Converted result = conversions.convert(new ConvertPaper(tiff, "so-do.tif", LegalContext.GENERAL, false, "canbo"));
        assertThat(result.record().sourceType()).isEqualTo("image/tiff");
        assertThat(result.record().pages()).isEqualTo(2);
        try (PDDocument out = Loader.loadPDF(conversions.original(result.record().code()))) {
            assertThat(out.getNumberOfPages()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                assertThat(differingSamples(pages.get(i), embeddedSamples(out.getPage(i)), 0)).isZero();
            }
        }
    }

    /** NĐ137 Đ4 k2 đ: the agency's signature validates; one changed byte breaks it and the byte check. */
    @Test
    void theAgencySignatureValidatesUntilOneByteChanges() {
        ConversionRecord record = converted().record();
        byte[] output = conversions.original(record.code());
        // validated off the request path, then recorded in the register
        assertThat(record.signatureStatus()).isIn(SignatureStatus.PENDING, SignatureStatus.VALID);
        assertThat(ConversionFixtures.checked(conversions, checks, record.code()).signatureStatus())
                .isEqualTo(SignatureStatus.VALID);
        assertThat(conversions.verify(record.code(), null).signatureStatus()).isEqualTo(SignatureStatus.VALID);
        assertThat(conversions.matchesOriginal(record.code(), output)).isTrue();
        byte[] flipped = output.clone();
        flipped[flipped.length / 3] ^= 0x01;
        assertThat(conversions.matchesOriginal(record.code(), flipped)).isFalse();
        assertThat(seal.check(flipped)).isEqualTo(SignatureStatus.INVALID);
    }

    /** NĐ137 Đ5: the paper copy shows the original whole plus marker, system, owner, URL, code and a QR of the URL. */
    @Test
    void thePaperCopyCarriesTheMarkerSystemOwnerAddressCodeAndQr() {
        ConversionRecord record = converted().record();
        PaperCopy paper = conversions.printCopy(record.code(), "vanthu");
        AgencyProfile profile = agency.profile().orElseThrow();
        String lookupUrl = "http://localhost:8080/tra-cuu/" + record.code();
        assertThat(ConversionFixtures.pageCount(paper.pdf())).isEqualTo(2);
        String text = ConversionFixtures.text(paper.pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("Văn bản giấy được chuyển đổi từ thông điệp dữ liệu")
                .contains("Lường Thị Mai")
                .contains(profile.systemName()).contains(profile.systemOwner())
                .contains(lookupUrl).contains(record.code()).contains(paper.accessCode())
                // the original page, marker band included, is inside the copy whole
                .contains("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy");
        BufferedImage first = ConversionFixtures.render(paper.pdf(), 300).get(0);
        assertThat(ConversionFixtures.qr(first, 130, 300)).isEqualTo(lookupUrl);
        assertThat(conversions.prints(record.code()))
                .anySatisfy(p -> {
                    assertThat(p.printedBy()).isEqualTo("vanthu");
                    assertThat(p.printerName()).isEqualTo("Lường Thị Mai");
                    assertThat(p.pages()).isEqualTo(2);
                });
        // the access code printed on the paper copy opens the non-public document
        assertThat(conversions.verify(record.code(), paper.accessCode()).contentAvailable()).isTrue();
        assertThat(conversions.verify(record.code(), null).contentAvailable()).isFalse();
    }

    /** The page image's own samples, before any colour conversion for display. */
    private static BufferedImage embeddedImage(PDPage page) throws IOException {
        return scanImage(page).getImage();
    }

    private static java.awt.image.Raster embeddedSamples(PDPage page) throws IOException {
        return scanImage(page).getRawRaster();
    }

    /** The page's scan: its largest image (the marker band's QR code is a small one). */
    private static PDImageXObject scanImage(PDPage page) throws IOException {
        PDImageXObject largest = null;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image
                    && (largest == null || image.getWidth() > largest.getWidth())) {
                largest = image;
            }
        }
        if (largest == null) {
            throw new AssertionError("no page image");
        }
        return largest;
    }

    private static long differingSamples(BufferedImage expected, java.awt.image.Raster actual, int tolerance) {
        long differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int rgb = expected.getRGB(x, y);
                for (int band = 0; band < actual.getNumBands(); band++) {
                    int want = actual.getNumBands() == 1 ? rgb & 0xFF : (rgb >> (16 - 8 * band)) & 0xFF;
                    if (Math.abs(want - actual.getSample(x, y, band)) > tolerance) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }

    /** Pixels of the expected page (the output's top part, above the band) that differ by more than 48 levels. */
    private static long differingPixels(BufferedImage expected, BufferedImage actual) {
        long differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (Math.abs((expected.getRGB(x, y) & 0xFF) - (actual.getRGB(x, y) & 0xFF)) > 48) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static double share(long pixels, BufferedImage page) {
        return pixels / (double) (page.getWidth() * page.getHeight());
    }
}
