package vn.congso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congso.conversion.ConversionManagement;
import vn.congso.documents.DocumentType;
import vn.congso.documents.IncomingDocumentManagement;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.edxml.Priority;
import vn.congso.testing.CongsoIntegrationTest;

/** Staff pages of document management: who may do what, forms, the leader's desk, the registers. */
@CongsoIntegrationTest
class DocumentPagesTests {

    // NĐ30 Phụ lục IV, sổ đăng ký văn bản đến: the columns in the appendix's order
    static final List<String> INCOMING_COLUMNS = List.of("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
            "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ký nhận", "Ghi chú");
    static final List<String> OUTGOING_COLUMNS = List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu",
            "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");

    @Autowired
    MockMvc mvc;

    @Autowired
    OutgoingDocumentManagement outgoing;

    @Autowired
    IncomingDocumentManagement incoming;

    @Autowired
    ConversionManagement conversion;

    @Autowired
    JdbcClient jdbc;

    @Test
    void clerkCannotApproveAndOfficerCannotSign() throws Exception {
        long id = submittedDraft("đề nghị báo cáo tình hình sử dụng chữ ký số năm 2026");

        int clerk = mvc.perform(post("/quan-tri/van-ban-di/{id}/duyet", id).session(login("vanthu")).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(clerk).isEqualTo(403);
        assertThat(outgoing.document(id).state()).isEqualTo("IN_APPROVAL");

        mvc.perform(post("/quan-tri/van-ban-di/{id}/duyet", id).session(login("truongphong")).with(csrf()));
        mvc.perform(post("/quan-tri/van-ban-di/{id}/duyet", id).session(login("lanhdao")).with(csrf()));
        assertThat(outgoing.document(id).state()).isEqualTo("APPROVED");

        int officer = mvc.perform(post("/quan-tri/van-ban-di/{id}/ky", id).session(login("canbo")).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(officer).isEqualTo(403);
        assertThat(outgoing.document(id).state()).isEqualTo("APPROVED");
    }

    @Test
    void composeFormShowsTheErrorNextToTheMissingField() throws Exception {
        String page = mvc.perform(post("/quan-tri/van-ban-di/soan-thao").session(login("canbo")).with(csrf())
                        .param("type", "OFFICIAL_LETTER").param("draftingUnit", "VHXH").param("subject", "")
                        .param("body", "Nội dung").param("signerTitle", "CHỦ TỊCH").param("signerName", "Phùng Văn Đăng"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"subject\"").contains("aria-invalid=\"true\"").contains("field-error");
    }

    @Test
    void aPlanIsComposedFromTheFormWithItsTypeNameAndAbbreviation() throws Exception {
        MockHttpSession officer = login("canbo");
        String form = mvc.perform(get("/quan-tri/van-ban-di/soan-thao").session(officer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains(">Công văn<").contains(">Quyết định<").contains(">Kế hoạch<").contains(">Tờ trình<")
                .contains(">Giấy mời<").contains(">Báo cáo<").contains(">Thông báo<");

        String redirect = mvc.perform(post("/quan-tri/van-ban-di/soan-thao").session(officer).with(csrf())
                        .param("type", "PLAN").param("draftingUnit", "VHXH")
                        .param("subject", "Tổ chức các hoạt động mừng Xuân Đinh Mùi 2027")
                        .param("body", "Tổ chức các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân.")
                        .param("signerTitle", "CHỦ TỊCH").param("signerName", "Phùng Văn Đăng"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).matches("/quan-tri/van-ban-di/\\d+");
        byte[] pdf = mvc.perform(get(redirect + "/tep").session(officer)).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("KẾ HOẠCH").contains("/KH-UBND").contains("Tổ chức các hoạt động mừng Xuân Đinh Mùi 2027")
                    .doesNotContain("V/v");
        }
    }

    @Test
    void aTypeWithoutAnOfficialAbbreviationIsRefusedBesideTheTypeField() throws Exception {
        String page = mvc.perform(post("/quan-tri/van-ban-di/soan-thao").session(login("canbo")).with(csrf())
                        .param("type", "PUBLIC_LETTER").param("draftingUnit", "VHXH").param("subject", "Thư chúc Tết")
                        .param("body", "Nội dung").param("signerTitle", "CHỦ TỊCH").param("signerName", "Phùng Văn Đăng"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("id=\"type\"[^>]*aria-invalid=\"true\"")
                .contains("Hãy chọn một loại văn bản trong danh sách.");
    }

    @Test
    void leaderSeesTheDraftAwaitingApprovalOnTheDesk() throws Exception {
        long id = submittedDraft("kế hoạch chuyển đổi số xã Thanh Định năm 2027");
        outgoing.approve(id, "truongphong", java.util.Set.of(vn.congso.identity.Role.HEAD), null);

        String page = mvc.perform(get("/quan-tri/lanh-dao").session(login("lanhdao")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("kế hoạch chuyển đổi số xã Thanh Định năm 2027");
        assertThat(mvc.perform(get("/quan-tri/lanh-dao").session(login("canbo"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void incomingRegisterExportsToXlsxWithTheColumnsOfAppendixFour() throws Exception {
        var row = incoming.registerPaperScan(new IncomingDocumentManagement.PaperEntry("UBND huyện Định Hóa",
                "8384/UBND-VHTT", LocalDate.of(2024, 12, 24), "thực hiện Nghị định số 137/2024/NĐ-CP",
                Priority.URGENT, "PAPER"), blankPdf(), "scan.pdf", "vanthu");

        byte[] xlsx = mvc.perform(get("/quan-tri/van-ban-den/so-dang-ky.xlsx").session(login("vanthu")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(1))).containsExactlyElementsOf(INCOMING_COLUMNS);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            assertThat(rows).anySatisfy(cells -> {
                assertThat(cells.get(1)).isEqualTo(String.format("%02d", row.incomingNumber()));
                assertThat(cells.get(2)).isEqualTo("UBND huyện Định Hóa");
                assertThat(cells.get(3)).isEqualTo("8384/UBND-VHTT");
                assertThat(cells.get(4)).isEqualTo("24/12/2024");
            });
        }
        String page = mvc.perform(get("/quan-tri/van-ban-den/so-dang-ky").session(login("vanthu")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        INCOMING_COLUMNS.forEach(column -> assertThat(page).contains(column));
        assertThat(page).contains("8384/UBND-VHTT");
    }

    @Test
    void outgoingRegisterShowsAndExportsTheColumnsOfAppendixFour() throws Exception {
        long id = submittedDraft("báo cáo kết quả chuyển đổi số quý IV");
        outgoing.approve(id, "truongphong", java.util.Set.of(vn.congso.identity.Role.HEAD), null);
        outgoing.approve(id, "lanhdao", java.util.Set.of(vn.congso.identity.Role.LEADER), null);
        outgoing.sign(id, "lanhdao");
        String numberSymbol = outgoing.issue(id, "vanthu").numberSymbol();

        byte[] xlsx = mvc.perform(get("/quan-tri/van-ban-di/so-dang-ky.xlsx").session(login("vanthu")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(1))).containsExactlyElementsOf(OUTGOING_COLUMNS);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            assertThat(rows).anySatisfy(cells -> {
                assertThat(cells.get(0)).isEqualTo(numberSymbol);
                assertThat(cells.get(2)).contains("báo cáo kết quả chuyển đổi số quý IV");
                assertThat(cells.get(3)).isEqualTo("Phùng Văn Đăng");
            });
        }
        String page = mvc.perform(get("/quan-tri/van-ban-di/so-dang-ky").session(login("vanthu")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        OUTGOING_COLUMNS.forEach(column -> assertThat(page).contains(column));
        assertThat(page).contains(numberSymbol);

        // NĐ30 Đ18: recalled from its page, with a reason; it stays in the register
        MockHttpSession clerk = login("vanthu");
        assertThat(mvc.perform(post("/quan-tri/van-ban-di/{id}/thu-hoi", id).session(clerk).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(outgoing.document(id).state()).isEqualTo("ISSUED");
        mvc.perform(post("/quan-tri/van-ban-di/{id}/thu-hoi", id).session(clerk).with(csrf())
                .param("reason", "Số liệu quý IV chưa đầy đủ."));
        assertThat(outgoing.document(id).state()).isEqualTo("RECALLED");
        assertThat(mvc.perform(get("/quan-tri/van-ban-di/so-dang-ky").session(clerk)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(numberSymbol);
    }

    @Test
    void colleagueAskedForAnOpinionGivesItOnTheDocumentsPage() throws Exception {
        long id = outgoing.compose(new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH", "lịch tiếp công dân tháng 1",
                Priority.NORMAL, List.of("- Các xóm;"), List.of("Thông báo lịch tiếp công dân."), List.of("- Như trên;"),
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phùng Văn Đăng", List.of(), List.of(), List.of()), "canbo");
        long opinion = outgoing.askOpinion(id, "truongphong", LocalDate.now().plusDays(3), "canbo");
        MockHttpSession head = login("truongphong");

        String page = mvc.perform(get("/quan-tri/van-ban-di/{id}", id).session(head))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"opinion-" + opinion + "\"");
        assertThat(mvc.perform(get("/quan-tri/van-ban-di/{id}", id).session(login("canbo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"opinion-" + opinion + "\"");
        mvc.perform(post("/quan-tri/van-ban-di/{id}/y-kien/{o}", id, opinion).session(head).with(csrf())
                .param("opinion", "Nhất trí, bổ sung số điện thoại đường dây nóng."));

        assertThat(outgoing.opinions(id)).singleElement().satisfies(o ->
                assertThat(o.opinion()).isEqualTo("Nhất trí, bổ sung số điện thoại đường dây nóng."));
        assertThat(outgoing.trail(id)).anySatisfy(s -> assertThat(s.action()).isEqualTo("OPINION_GIVEN"));
    }

    @Test
    void paperDocumentIsRegisteredAsTheDataMessageTheConversionModuleMadeOfItsScan() throws Exception {
        var row = incoming.registerPaperScan(new IncomingDocumentManagement.PaperEntry("Trường Tiểu học Thanh Định",
                "45/TTH", LocalDate.now().minusDays(2), "xin ý kiến về sửa chữa phòng học",
                Priority.NORMAL, "PAPER"), blankPdf(), "cong-van-45.pdf", "vanthu");

        // NĐ137 Đ4: converted, registered in the conversion register, carrying the marker; that is what is kept
        assertThat(row.conversionCode()).isNotBlank();
        assertThat(conversion.find(row.conversionCode())).isPresent();
        byte[] stored = jdbc.sql("select pdf from documents_incoming where id = ?").param(row.id())
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(conversion.original(row.conversionCode()));
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(stored)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy");
        }
    }

    @Test
    void assignedDocumentPastItsDeadlineIsFlaggedOverdue() throws Exception {
        var row = incoming.registerPaperScan(new IncomingDocumentManagement.PaperEntry("Công an huyện Định Hóa",
                "215/CAH-ANTT", LocalDate.now().minusDays(10), "đề nghị rà soát nhân khẩu xóm Nà Mòn",
                Priority.NORMAL, "PAPER"), blankPdf(), "scan.pdf", "vanthu");
        incoming.assign(row.id(), "TP-HT", "canbo", "Giao Tư pháp - Hộ tịch rà soát, báo cáo.",
                LocalDate.now().minusDays(1), "lanhdao");

        assertThat(incoming.overdue()).extracting(r -> r.id()).contains(row.id());
        String desk = mvc.perform(get("/quan-tri/lanh-dao").session(login("lanhdao")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).contains("đề nghị rà soát nhân khẩu xóm Nà Mòn");
        assertThat(incoming.statistics()).anySatisfy(s -> {
            assertThat(s.department()).isEqualTo("TP-HT");
            assertThat(s.overdue()).isGreaterThanOrEqualTo(1);
        });
    }

    private long submittedDraft(String subject) {
        long id = outgoing.compose(new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH", subject, Priority.NORMAL,
                List.of("- Các ban ngành, đoàn thể xã Thanh Định;"), List.of("Đề nghị các đơn vị thực hiện."),
                List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phùng Văn Đăng", List.of(), List.of(),
                List.of()), "canbo");
        outgoing.submit(id, "canbo");
        return id;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    private static byte[] blankPdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/dang-nhap").user(username).password(CongsoIntegrationTest.DEMO_PASSWORD))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
