package vn.congso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.documents.DocumentType;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.edxml.Priority;
import vn.congso.identity.Role;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** The forms of the outgoing document page: editing at an approval level, replacement, the dossier answered. */
@CongsoIntegrationTest
class OutgoingDocumentPageFormsTests {

    private static final String PAGE = "/quan-tri/van-ban-di/";

    @LocalServerPort
    int port;

    @Autowired
    OutgoingDocumentManagement outgoing;

    @Autowired
    DossierManagement dossiers;

    @Test
    void approverAtTheCurrentLevelEditsTheDraftAndEveryVersionIsKept() throws Exception {
        long id = submitted("tổ chức Ngày hội đại đoàn kết toàn dân tộc");
        assertThat(WebSession.loggedIn(port, "canbo").get(PAGE + id).body()).doesNotContain(PAGE + id + "/sua");
        assertThat(WebSession.loggedIn(port, "lanhdao").get(PAGE + id).body()).doesNotContain(PAGE + id + "/sua");

        WebSession head = WebSession.loggedIn(port, "truongphong");
        String before = head.get(PAGE + id).body();
        assertThat(before).contains(PAGE + id + "/sua");
        // the approver corrects the composed text, not a blank form
        assertThat(before).containsPattern("(?s)<textarea[^>]*id=\"body\"[^>]*>\\s*Đề nghị các xóm thực hiện.\\s*</textarea>")
                .containsPattern("(?s)<textarea[^>]*id=\"addressees\"[^>]*>\\s*- Các xóm;\\s*</textarea>");
        HttpResponse<String> refused = head.post(PAGE + id + "/sua", Map.of("subject", "", "body", "Nội dung mới."));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("(?s)id=\"subject\"[^>]*aria-invalid=\"true\"[^>]*>\\s*"
                + "<span class=\"field-error\"");
        assertThat(outgoing.versions(id)).containsExactly("COMPOSED");

        HttpResponse<String> edited = head.post(PAGE + id + "/sua", Map.of(
                "subject", "tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026",
                "addressees", "- Ban công tác Mặt trận các xóm;",
                "body", "Đề nghị các xóm tổ chức Ngày hội trước ngày 18 tháng 11.",
                "placesOfReceipt", "- Như trên;"));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(outgoing.versions(id)).containsExactly("COMPOSED", "EDITED");
        assertThat(outgoing.document(id).subject()).isEqualTo("tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026");
        assertThat(outgoing.document(id).state()).isEqualTo("IN_APPROVAL");
        try (PDDocument pdf = Loader.loadPDF(outgoing.latestPdf(id))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("trước ngày 18 tháng 11");
        }
        String page = head.get(PAGE + id).body();
        assertThat(page).contains("Soạn thảo theo mẫu").contains("Chỉnh sửa ở cấp duyệt")
                .containsPattern("(?s)<textarea[^>]*id=\"body\"[^>]*>\\s*Đề nghị các xóm tổ chức Ngày hội trước ngày 18 tháng 11.\\s*</textarea>");

        // or a file rewritten elsewhere: what is not a PDF or DOCX is refused beside the file field
        HttpResponse<String> notPdf = head.upload(PAGE + id + "/sua-tep", "ghi-chu.txt", "text/plain",
                "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notPdf.body()).containsPattern("(?s)id=\"editFile\"[^>]*aria-invalid=\"true\"[^>]*>\\s*"
                + "<span class=\"field-error\"[^>]*>Tệp tải lên phải là PDF hoặc DOCX");
        assertThat(outgoing.versions(id)).hasSize(2);
        byte[] rewritten = blankPdf();
        assertThat(head.upload(PAGE + id + "/sua-tep", "ban-sua.pdf", "application/pdf", rewritten).statusCode())
                .isEqualTo(302);
        assertThat(outgoing.versions(id)).containsExactly("COMPOSED", "EDITED", "EDITED");
        assertThat(outgoing.latestPdf(id)).isEqualTo(rewritten);
        assertThat(head.get(PAGE + id).body()).as("the composed text no longer matches the uploaded file")
                .containsPattern("(?s)<textarea[^>]*id=\"body\"[^>]*>\\s*</textarea>");

        // the next level may not rewrite a draft that does not wait for it yet
        HttpResponse<String> tooEarly = WebSession.loggedIn(port, "lanhdao").post(PAGE + id + "/sua",
                Map.of("subject", "khác", "body", "Khác."));
        assertThat(tooEarly.statusCode()).isEqualTo(403);
        assertThat(outgoing.versions(id)).hasSize(3);
    }

    @Test
    void clerkReplacesAnIssuedDocumentAndTheRegisterNotesRecallAndReplacement() throws Exception {
        long wrong = submitted("lịch tiêm chủng mở rộng tháng 12");
        String wrongNumber = issue(wrong);
        long replacement = outgoing.compose(letter("lịch tiêm chủng mở rộng tháng 12 (thay thế)"), "canbo");
        WebSession clerk = WebSession.loggedIn(port, "vanthu");
        assertThat(clerk.get(PAGE + wrong).body()).contains("value=\"" + replacement + "\"");

        HttpResponse<String> noReason = clerk.post(PAGE + wrong + "/thay-the",
                Map.of("replacementId", String.valueOf(replacement), "replacementReason", " "));
        assertThat(noReason.body()).containsPattern("(?s)id=\"replacementReason\"[^>]*aria-invalid=\"true\"[^>]*>\\s*"
                + "<span class=\"field-error\"[^>]*>Cần ghi lý do thay thế");
        assertThat(outgoing.document(replacement).replacesId()).isNull();

        HttpResponse<String> replaced = clerk.post(PAGE + wrong + "/thay-the", Map.of("replacementId",
                String.valueOf(replacement), "replacementReason", "Sai ngày tiêm tại xóm Nà Mòn."));
        assertThat(replaced.statusCode()).isEqualTo(302);
        assertThat(outgoing.document(replacement).replacesId()).isEqualTo(wrong);
        outgoing.submit(replacement, "canbo");
        String replacementNumber = issue(replacement);
        assertThat(outgoing.document(wrong).state()).isEqualTo("REPLACED");

        long recalled = submitted("thông báo tạm dừng cấp nước sinh hoạt");
        String recalledNumber = issue(recalled);
        outgoing.recall(recalled, "Đã khắc phục sự cố đường ống.", "vanthu");

        Map<String, String> notes = xlsxNotes(clerk);
        assertThat(notes.get(wrongNumber)).isEqualTo("Đã bị thay thế");
        assertThat(notes.get(replacementNumber)).isEqualTo("Thay thế văn bản số " + wrongNumber);
        assertThat(notes.get(recalledNumber)).isEqualTo("Đã thu hồi: Đã khắc phục sự cố đường ống.");
        assertThat(clerk.get("/quan-tri/van-ban-di/so-dang-ky").body()).contains("Thay thế văn bản số " + wrongNumber)
                .contains("Đã thu hồi: Đã khắc phục sự cố đường ống.");
    }

    @Test
    void officerLinksADraftToTheDossierItAnswersAndAnUnknownCodeIsShownBesideTheField() {
        String dossier = dossiers.submitOnline("congdan", new DossierSubmission("1.004873", Map.of(
                "applicantName", "Lường Văn Tâm", "applicantCitizenId", "019190000002", "applicantPhone", "0912000002",
                "applicantEmail", "congdan@example.invalid", "birthDate", "1994-03-02",
                "residence", "Xóm Nà Mòn, xã Thanh Định", "maritalStatus", "Chưa đăng ký kết hôn với ai",
                "purpose", "Đăng ký kết hôn"), List.of(), UUID.randomUUID().toString())).code();
        long id = outgoing.compose(letter("trả lời đề nghị xác nhận tình trạng hôn nhân"), "canbo");
        WebSession officer = WebSession.loggedIn(port, "canbo");
        officer.get(PAGE + id);

        HttpResponse<String> unknown = officer.post(PAGE + id + "/ho-so", Map.of("dossierCode", "000.00.01.H55-261201-9999"));
        assertThat(unknown.body()).containsPattern("(?s)id=\"dossierCode\"[^>]*aria-invalid=\"true\"[^>]*>\\s*"
                + "<span class=\"field-error\"[^>]*>Không có hồ sơ thủ tục hành chính mã 000.00.01.H55-261201-9999");
        assertThat(outgoing.document(id).answersDossier()).isNull();

        assertThat(officer.post(PAGE + id + "/ho-so", Map.of("dossierCode", " " + dossier)).statusCode()).isEqualTo(302);
        assertThat(outgoing.document(id).answersDossier()).isEqualTo(dossier);
        assertThat(officer.get(PAGE + id).body()).contains(dossier);
    }

    private static byte[] blankPdf() throws Exception {
        try (PDDocument document = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private long submitted(String subject) {
        long id = outgoing.compose(letter(subject), "canbo");
        outgoing.submit(id, "canbo");
        return id;
    }

    private String issue(long id) {
        outgoing.approve(id, "truongphong", Set.of(Role.HEAD), null);
        outgoing.approve(id, "lanhdao", Set.of(Role.LEADER), null);
        outgoing.sign(id, "lanhdao");
        return outgoing.issue(id, "vanthu").numberSymbol();
    }

    private static OutgoingDraft letter(String subject) {
        return new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH", subject, Priority.NORMAL, List.of("- Các xóm;"),
                List.of("Đề nghị các xóm thực hiện."), List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Phùng Văn Đăng", List.of(), List.of(), List.of());
    }

    // number and symbol → the "Ghi chú" column, read from the exported register
    private static Map<String, String> xlsxNotes(WebSession clerk) throws Exception {
        byte[] xlsx = clerk.getBytes("/quan-tri/van-ban-di/so-dang-ky.xlsx").body();
        Map<String, String> notes = new java.util.HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Ghi chú");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                notes.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r).getCell(9).getStringCellValue());
            }
        }
        return notes;
    }
}
