package vn.congso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congso.documents.DocumentType;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.WorkFileManagement;
import vn.congso.documents.edxml.Priority;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.testing.CongsoIntegrationTest;

/** Work files (hồ sơ công việc, NĐ30 Đ28–30): the yearly list, open, file documents and dossiers, close, archive. */
@CongsoIntegrationTest
class WorkFilePagesTests {

    private static final String FILES = "/quan-tri/ho-so-cong-viec";

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkFileManagement files;

    @Autowired
    OutgoingDocumentManagement outgoing;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fileListFormShowsMissingTitleAndDuplicateCodeNextToTheirFields() throws Exception {
        MockHttpSession officer = login("canbo");
        String missing = mvc.perform(post(FILES).session(officer).with(csrf()).param("year", "2031")
                        .param("code", "01.VP").param("title", "").param("retention", "10 năm")
                        .param("responsible", "canbo"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("id=\"title-error\"").contains("aria-invalid=\"true\"");
        assertThat(files.fileList(2031)).isEmpty();

        mvc.perform(post(FILES).session(officer).with(csrf()).param("year", "2031").param("code", "01.VP")
                .param("title", "Hồ sơ hội nghị tổng kết năm 2031").param("retention", "10 năm")
                .param("responsible", "canbo"));
        String duplicate = mvc.perform(post(FILES).session(officer).with(csrf()).param("year", "2031")
                        .param("code", "01.VP").param("title", "Hồ sơ khác").param("retention", "5 năm")
                        .param("responsible", "canbo"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(duplicate).contains("id=\"code-error\"").contains("đã có hồ sơ ký hiệu 01.VP");
        assertThat(files.fileList(2031)).singleElement()
                .satisfies(f -> assertThat(f.title()).isEqualTo("Hồ sơ hội nghị tổng kết năm 2031"));
    }

    @Test
    void fileIsOpenedFilledWithADocumentAndADossierClosedAndHandedToTheArchiveByTheClerk() throws Exception {
        long file = files.list(new WorkFileManagement.Entry(2030, "12.VHXH", "Hồ sơ tuyên truyền Nghị định 137",
                "Vĩnh viễn", "canbo"), "canbo");
        long document = outgoing.compose(new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH",
                "tuyên truyền Nghị định số 137/2024/NĐ-CP", Priority.NORMAL, List.of("- Các xóm;"),
                List.of("Đề nghị các xóm tuyên truyền."), List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Phùng Văn Đăng", List.of(), List.of(), List.of()), "canbo");
        String dossier = dossiers.submitOnline("congdan", new DossierSubmission("1.004873", Map.of(
                "applicantName", "Đinh Thị Hoa", "applicantCitizenId", "019190000001", "applicantPhone", "0912000001",
                "applicantEmail", "congdan@example.invalid", "birthDate", "1995-04-12",
                "residence", "Thôn Đông, xã Thanh Định", "maritalStatus", "Chưa đăng ký kết hôn với ai",
                "purpose", "Đăng ký kết hôn"), List.of(), UUID.randomUUID().toString())).code();
        MockHttpSession officer = login("canbo");

        mvc.perform(post(FILES + "/{id}/mo", file).session(officer).with(csrf()));
        mvc.perform(post(FILES + "/{id}/van-ban", file).session(officer).with(csrf())
                .param("kind", "OUTGOING").param("reference", Long.toString(document)));
        mvc.perform(post(FILES + "/{id}/van-ban", file).session(officer).with(csrf())
                .param("kind", "DOSSIER").param("reference", dossier));
        String unknown = mvc.perform(post(FILES + "/{id}/van-ban", file).session(officer).with(csrf())
                        .param("kind", "DOSSIER").param("reference", "000.00.00.H55-301201-9999"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("id=\"reference-error\"").contains("Không có hồ sơ thủ tục hành chính mã");
        assertThat(files.items(file)).extracting(i -> i.kind() + " " + i.reference())
                .containsExactly("OUTGOING " + document, "DOSSIER " + dossier);

        mvc.perform(post(FILES + "/{id}/ket-thuc", file).session(officer).with(csrf()));
        assertThat(files.file(file).state()).isEqualTo("CLOSED");
        // NĐ30 Đ30: handing to the archive is the clerk's (văn thư, lưu trữ) act
        assertThat(mvc.perform(post(FILES + "/{id}/nop-luu", file).session(officer).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post(FILES + "/{id}/nop-luu", file).session(login("vanthu")).with(csrf()));

        assertThat(files.file(file).state()).isEqualTo("ARCHIVED");
        assertThat(files.file(file).archivedBy()).isEqualTo("vanthu");
        assertThat(jdbc.sql("select action from audit_entry where object_type = 'documents-work-file' and object_id = ? order by id")
                .param(Long.toString(file)).query(String.class).list()).containsExactly("documents.work-file-listed",
                "documents.work-file-opened", "documents.work-file-item-added", "documents.work-file-item-added",
                "documents.work-file-closed", "documents.work-file-archived");
        String page = mvc.perform(get(FILES + "/{id}", file).session(officer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đã nộp lưu", "tuyên truyền Nghị định số 137/2024/NĐ-CP", dossier);
        assertThat(mvc.perform(get(FILES).param("nam", "2030").session(officer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("12.VHXH", "Vĩnh viễn");
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/dang-nhap").user(username).password(CongsoIntegrationTest.DEMO_PASSWORD))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
