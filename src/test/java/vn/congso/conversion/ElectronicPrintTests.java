package vn.congso.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.files.BlobStore;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.SigningManagement;
import vn.congso.testing.CongsoIntegrationTest;

/** NĐ137 Đ5 for documents of other modules: a signed result printed to paper, then found by its code. */
@CongsoIntegrationTest
class ElectronicPrintTests {

    @Autowired
    ConversionManagement conversions;

    @Autowired
    SigningManagement signing;

    @Autowired
    AgencyManagement agency;

    @Autowired
    BlobStore blobs;

    @Autowired
    MockMvc mvc;

    private static String code(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    /** A signed result of the given number of pages, as the public service module issues it. */
    private byte[] signedResult(int pages) {
        return signing.signAsAgency(SigningFixtures.decision(pages), SignaturePlacement.bottomRightOfLastPage());
    }

    @Test
    void aResultOfAnotherModulePrintsWithMarkerSystemOwnerAddressCodeAndQrOnEveryPage() throws Exception {
        String code = code("KQ");
        byte[] result = signedResult(2);
        PaperCopy paper = conversions.printElectronic(ElectronicDocument.ofPdf(code, "Giấy xác nhận tình trạng hôn nhân",
                result, null, false, "CHU-SO-HUU-1", LegalContext.PROCEDURE_RESULT), "vanthu");

        AgencyProfile profile = agency.profile().orElseThrow();
        String lookupUrl = "http://localhost:8080/tra-cuu/" + code;
        try (PDDocument document = Loader.loadPDF(paper.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 1; page <= 2; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                // Đ5 k2 c: a procedure result's wording; k2 a time and converter; k1 a system and owner; k1 b URL and code
                assertThat(text).contains("kết quả giải quyết thủ tục hành chính điện tử đã được chuyển đổi sang văn bản giấy")
                        .contains("Thời gian chuyển đổi:")
                        .contains("Lường Thị Mai").contains(profile.nameVi())
                        .contains(profile.systemName()).contains(profile.systemOwner())
                        .contains(lookupUrl).contains(code).contains(paper.accessCode())
                        // k3 a: the original page is inside, whole
                        .contains("Quyết định về việc cấp giấy xác nhận tình trạng hôn nhân - trang " + page);
                // read as from a print (300 dpi): at 200-250 dpi the rasteriser's uneven module widths failed
                // about one text in a hundred, a print of the same page at 150 or 300+ dpi none
                BufferedImage image = renderer.renderImageWithDPI(page - 1, 300, ImageType.GRAY);
                assertThat(ConversionFixtures.qr(image, 130, 300)).isEqualTo(lookupUrl);
            }
        }
        assertThat(conversions.prints(code)).singleElement().satisfies(p -> {
            assertThat(p.printedBy()).isEqualTo("vanthu");
            assertThat(p.printerName()).isEqualTo("Lường Thị Mai");
            assertThat(p.pages()).isEqualTo(2);
        });
    }

    @Test
    void theLookupFindsAPrintedDocumentAndItsContentNeedsTheAccessCode() throws Exception {
        String code = code("KQ");
        byte[] result = signedResult(2);
        PaperCopy paper = conversions.printElectronic(ElectronicDocument.ofPdf(code, "Giấy phép xây dựng Đinh Thị Hoa",
                result, null, false, "CHU-SO-HUU-2", LegalContext.PROCEDURE_RESULT), "vanthu");

        mvc.perform(get("/api/v1/verification/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin").value(Verification.FROM_ELECTRONIC))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.signatureStatus").value("VALID"))
                .andExpect(jsonPath("$.contentAvailable").value(false))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Đinh Thị Hoa"))));
        mvc.perform(get("/tra-cuu/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(code)))
                .andExpect(content().string(Matchers.containsString("đã được in ra bản giấy")));

        assertThatThrownBy(() -> conversions.content(code, null)).isInstanceOf(CongsoException.class)
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(ConversionError.ACCESS_CODE_REQUIRED);
        assertThatThrownBy(() -> conversions.content(code, "SAI-MA")).isInstanceOf(CongsoException.class);
        // the owner's access code and the one printed on the paper both open the original, byte for byte
        assertThat(conversions.content(code, "chu-so-huu-2")).isEqualTo(result);
        assertThat(conversions.content(code, paper.accessCode())).isEqualTo(result);
        assertThat(conversions.matchesOriginal(code, result)).isTrue();
    }

    @Test
    void aSecondPrintReusesTheEntryAndAnotherDocumentCannotTakeTheCode() throws Exception {
        String code = code("VBDI");
        byte[] issued = signedResult(2);
        String sha = blobs.store(ConversionFixtures.stream(issued), "application/pdf", code + ".pdf").sha256();
        String ownUrl = "http://localhost:8080/van-ban/" + code;
        ElectronicDocument document = ElectronicDocument.ofBlob(code, "Công văn", sha, ownUrl, true, null,
                LegalContext.GENERAL);
        PaperCopy first = conversions.printElectronic(document, "vanthu");
        conversions.printElectronic(document, "canbo");
        assertThat(conversions.prints(code)).extracting(vn.congso.conversion.persistence.ConversionRepository.PrintRow::printedBy).containsExactly("vanthu", "canbo");
        // the module's own address is the one printed and in the QR code
        assertThat(ConversionFixtures.text(first.pdf()).replaceAll("\\s+", "")).contains(ownUrl);
        assertThat(ConversionFixtures.qr(ConversionFixtures.render(first.pdf(), 300).get(0), 130, 300)).isEqualTo(ownUrl);
        assertThat(conversions.content(code, null)).isEqualTo(issued);

        byte[] other = signedResult(3);
        assertThatThrownBy(() -> conversions.printElectronic(ElectronicDocument.ofPdf(code, "Khác", other, null, true,
                null, LegalContext.GENERAL), "vanthu"))
                .isInstanceOf(CongsoException.class)
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(ConversionError.CODE_TAKEN);
        assertThatThrownBy(() -> conversions.printElectronic(ElectronicDocument.ofPdf("a/b", "x", issued, null, true,
                null, LegalContext.GENERAL), "vanthu"))
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(ConversionError.INVALID_CODE);
    }
}
