package vn.congso.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.shared.VietnameseText;
import vn.congso.testing.CongsoIntegrationTest;

/** The converted document can be searched and copied: its invisible text layer holds the scanned words. */
@CongsoIntegrationTest
class OcrTextLayerTests {

    @Autowired
    ConversionManagement conversions;

    @Autowired
    ConversionProperties properties;

    @Test
    void atLeast95PercentOfTheScannedWordsAreInTheTextLayer() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(properties.tesseract())),
                "Assumption: Tesseract is not installed at " + properties.tesseract()
                        + ", so conversions carry no text layer (recorded as OCR status NONE); not tested here");
        String seed = ConversionFixtures.seedParagraph(4);
        byte[] png = ConversionFixtures.encode(ConversionFixtures.page(seed, 300), "png");
        Converted converted = conversions.convert(new ConvertPaper(png, "trang-nghi-dinh.png", LegalContext.GENERAL,
                true, "canbo"));
        assertThat(converted.record().ocrStatus()).isEqualTo(OcrStatus.DONE);

        String recognised;
        try (PDDocument document = Loader.loadPDF(conversions.original(converted.record().code()))) {
            PDPage page = document.getPage(0);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float height = page.getMediaBox().getHeight();
            // the scanned page only: the marker band below it is left out
            stripper.addRegion("scan", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), height - 130));
            stripper.extractRegions(page);
            recognised = stripper.getTextForRegion("scan");
        }
        List<String> expected = words(seed);
        Map<String, Integer> found = counts(words(recognised));
        int hits = 0;
        for (String word : expected) {
            Integer left = found.get(word);
            if (left != null && left > 0) {
                hits++;
                found.put(word, left - 1);
            }
        }
        double recall = hits / (double) expected.size();
        assertThat(recall).as("share of %d seed words found in the text layer", expected.size()).isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : VietnameseText.nfc(text).toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}“”]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }
}
