package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.publicservice.dossier.DossierFixtures.CITIZEN;
import static vn.congso.publicservice.dossier.DossierFixtures.CLERK;
import static vn.congso.publicservice.dossier.DossierFixtures.LEADER;
import static vn.congso.publicservice.dossier.DossierFixtures.OFFICER;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.ConversionRecord;
import vn.congso.conversion.LegalContext;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.DossierView;
import vn.congso.publicservice.ReceiptChannel;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.Verdict;
import vn.congso.testing.CongsoIntegrationTest;

/** Paper at the counter and paper results become signed, registered data messages through the conversion module (NĐ137 Đ4, Đ8 k4). */
@CongsoIntegrationTest
class PaperDigitisationTests {

    @Autowired
    DossierManagement management;
    @Autowired
    DossierProcessing processing;
    @Autowired
    DossierQueries queries;
    @Autowired
    ConversionManagement conversion;
    @Autowired
    SigningManagement signing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aComponentScannedAtTheCounterIsConvertedSignedAndRegistered() throws Exception {
        DossierSubmission m = DossierFixtures.marital();
        String code = management.receiveOnPaper(CLERK, null,
                new DossierSubmission.Applicant("Lê Văn Bình", "001088000123", "0987000111", null),
                new DossierSubmission(m.procedureCode(), m.values(),
                        List.of(new DossierSubmission.Upload(1, "giay-to-ly-hon.png", Scans.page("Bản án ly hôn số 12/2020"))), null),
                ReceiptChannel.COUNTER).code();

        Map<String, Object> attachment = jdbc.sql("""
                select a.conversion_code, a.sha256, a.content_type from publicservice_dossier_attachment a
                join publicservice_dossier d on d.id = a.dossier_id where d.code = ?""").param(code).query().singleRow();
        ConversionRecord record = conversion.find((String) attachment.get("conversion_code")).orElseThrow();
        assertThat(record.legalContext()).isEqualTo(LegalContext.GENERAL);
        assertThat(record.convertedBy()).isEqualTo(CLERK);
        assertThat(record.sourceName()).isEqualTo("giay-to-ly-hon.png");
        assertThat(record.publicDocument()).as("holds the applicant's data").isFalse();
        // what the dossier keeps is the register's data message, byte for byte, signed by the agency
        assertThat(attachment.get("sha256")).isEqualTo(record.outputSha256());
        assertThat(attachment.get("content_type")).isEqualTo("application/pdf");
        byte[] stored = conversion.original(record.code());
        assertThat(signing.validate(stored).verdict()).isEqualTo(Verdict.VALID);
        String text = new PDFTextStripper().getText(Loader.loadPDF(stored)).replaceAll("\\s+", " ");
        assertThat(text).contains("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy").contains(record.code());
        assertThat(queries.get(code).attachments()).singleElement()
                .satisfies(a -> assertThat(a.signatureVerdict()).isEqualTo("VALID"));
    }

    @Test
    void aResultSignedOnPaperIsConvertedIntoTheCitizensStore() throws Exception {
        String code = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        DossierView v = processing.forward(code, CLERK, 0, null);
        v = processing.forward(code, OFFICER, v.version(), null);
        processing.approveWithPaperResult(code, LEADER, v.version(), Scans.page("Giấy xác nhận tình trạng hôn nhân"), "ket-qua.png");

        assertThat(queries.store(CITIZEN)).anySatisfy(r -> assertThat(r.code()).isEqualTo(code + "-KQ"));
        byte[] result = queries.resultPdf(code + "-KQ", CITIZEN);
        assertThat(signing.validate(result).verdict()).isEqualTo(Verdict.VALID);
        String conversionCode = jdbc.sql("select conversion_code from publicservice_dossier_result where code = ?")
                .param(code + "-KQ").query(String.class).single();
        assertThat(conversion.find(conversionCode).orElseThrow().legalContext()).isEqualTo(LegalContext.PROCEDURE_RESULT);
        assertThat(conversion.matchesOriginal(conversionCode, result)).isTrue();
    }
}
