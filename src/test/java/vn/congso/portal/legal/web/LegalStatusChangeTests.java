package vn.congso.portal.legal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.audit.AuditLog;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.LegalDocumentSummary;
import vn.congso.portal.RegisterLegalDocument;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** NĐ42 Đ4 k1 a: the validity status shown with a document is kept true by an officer, and every change is audited. */
@CongsoIntegrationTest
class LegalStatusChangeTests {

    @LocalServerPort
    int port;

    @Autowired
    LegalDocumentManagement register;

    @Autowired
    AuditLog audit;

    @Test
    void anOfficerMarksADocumentPartlyOutOfForceAndTheChangeIsAudited() {
        LegalDocumentSummary document = registerDecision();
        WebSession officer = WebSession.loggedIn(port, "canbo");
        String page = WebSession.text(officer.get("/van-ban/" + document.slug()));
        assertThat(page).contains("Cập nhật tình trạng hiệu lực");

        HttpResponse<String> changed = officer.post("/quan-tri/van-ban/" + document.slug() + "/hieu-luc",
                Map.of("status", "PARTLY_IN_FORCE"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(changed)).endsWith("/van-ban/" + document.slug());
        assertThat(WebSession.text(officer.get("/van-ban/" + document.slug()))).contains("Đã cập nhật tình trạng hiệu lực.");

        String visitorPage = WebSession.text(WebSession.anonymous(port).get("/van-ban/" + document.slug()));
        assertThat(visitorPage).contains("Hết hiệu lực một phần").doesNotContain("Cập nhật tình trạng hiệu lực");
        assertThat(register.list(null, null, LegalDocumentStatus.PARTLY_IN_FORCE)).extracting(LegalDocumentSummary::slug)
                .contains(document.slug());
        assertThat(audit.history("legal-document", document.slug(), 5)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("legal-document.status-changed");
            assertThat(String.valueOf(entry.details())).contains("IN_FORCE -> PARTLY_IN_FORCE");
        });
    }

    @Test
    void aVisitorCannotChangeTheStatusAndAnUnknownStatusChangesNothing() {
        LegalDocumentSummary document = registerDecision();
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/van-ban/" + document.slug());
        HttpResponse<String> refused = visitor.post("/quan-tri/van-ban/" + document.slug() + "/hieu-luc", Map.of("status", "EXPIRED"));
        assertThat(refused.statusCode()).isIn(302, 403);
        WebSession officer = WebSession.loggedIn(port, "canbo");
        officer.get("/van-ban/" + document.slug());
        HttpResponse<String> wrong = officer.post("/quan-tri/van-ban/" + document.slug() + "/hieu-luc", Map.of("status", "BI_XOA"));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(WebSession.text(officer.get(WebSession.location(wrong))))
                .contains("id=\"legal-status-error\">Vui lòng chọn một tình trạng hiệu lực trong danh sách.<")
                .contains("aria-describedby=\"legal-status-error\"");
        assertThat(register.find(document.slug()).orElseThrow().status()).isEqualTo(LegalDocumentStatus.IN_FORCE);
    }

    private LegalDocumentSummary registerDecision() {
        int number = 10_000 + (int) (System.nanoTime() % 80_000);
        String text = """
                ỦY BAN NHÂN DÂN
                XÃ THANH ĐỊNH
                Số: %d/QĐ-UBND
                Thanh Định, ngày 02 tháng 01 năm 2025

                QUYẾT ĐỊNH
                Về việc ban hành kế hoạch tuyên truyền phổ biến pháp luật năm 2025

                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền phổ biến pháp luật năm 2025.
                Điều 2. Quyết định có hiệu lực kể từ ngày ký.

                CHỦ TỊCH
                Hoàng Văn Minh
                """.formatted(number);
        return register.register(new RegisterLegalDocument("QUYẾT ĐỊNH", number + "/QĐ-UBND", "Ủy ban nhân dân xã Thanh Định",
                "Thanh Định", LocalDate.of(2025, 1, 2), null, LegalDocumentStatus.IN_FORCE,
                "Về việc ban hành kế hoạch tuyên truyền phổ biến pháp luật năm 2025", "Hoàng Văn Minh", "CHỦ TỊCH", null,
                text, 0, null, Map.of()));
    }
}
