package vn.congso.portal.engagement.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.audit.AuditLog;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.engagement.Mailbox;
import vn.congso.mail.MailOutbox;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;
import vn.congso.testing.TestSmtp;

@CongsoIntegrationTest
class QuestionFlowTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    QuestionSearchSource searchSource;

    @Test
    void aQuestionIsTrackedAnsweredByEmailAndPublishedWithoutTheAskersDetails() throws Exception {
        String email = "hoa.dinh." + System.nanoTime() + "@example.vn";
        String question = "Thủ tục đăng ký khai sinh cho con cần giấy tờ gì, nộp trực tuyến ở đâu? Mã " + System.nanoTime();
        WebSession citizen = WebSession.anonymous(port);
        citizen.get(QuestionController.SEND);
        HttpResponse<String> sent = citizen.post(QuestionController.SEND, form("Đinh Thị Hoa", email, question));
        assertThat(sent.statusCode()).isEqualTo(302);
        HttpResponse<String> receipt = citizen.get(QuestionController.SENT);
        Matcher shown = Pattern.compile("id=\"tracking-code\">([A-Z0-9]{10})<").matcher(receipt.body());
        assertThat(shown.find()).as("the tracking code is shown").isTrue();
        String code = shown.group(1);
        assertThat(code).matches("[" + TrackingCode.ALPHABET + "]{10}");

        List<MimeMessage> inbox = dispatchUntilReceived(email, 1);
        assertThat(Mailbox.subject(inbox.get(0))).contains(code);
        assertThat(Mailbox.body(inbox.get(0))).contains(code).contains("/hoi-dap/tra-cuu?ma=" + code);

        HttpResponse<String> track = citizen.get(QuestionController.TRACK + "?ma=" + code.toLowerCase());
        assertThat(WebSession.text(track)).contains("Đã tiếp nhận").contains(question);

        long id = jdbc.sql("select id from portal_qa_question where tracking_code = ?").param(code).query(Long.class).single();
        WebSession officer = WebSession.loggedIn(port, "canbo");
        assertThat(WebSession.text(officer.get(QuestionStaffController.QUEUE))).contains(code);
        officer.get(QuestionStaffController.QUEUE + "/" + id);
        assertThat(officer.post(QuestionStaffController.QUEUE + "/" + id + "/phan-cong",
                Map.of("department", "TP-HT", "assignee", "canbo")).statusCode()).isEqualTo(302);
        assertThat(WebSession.text(citizen.get(QuestionController.TRACK + "?ma=" + code))).contains("Đang xử lý");

        String answer = "Hồ sơ gồm tờ khai và giấy chứng sinh; nộp trên Cổng dịch vụ công quốc gia.";
        officer.get(QuestionStaffController.QUEUE + "/" + id);
        assertThat(officer.post(QuestionStaffController.QUEUE + "/" + id + "/tra-loi", Map.of("answer", answer))
                .statusCode()).isEqualTo(302);
        inbox = dispatchUntilReceived(email, 2);
        assertThat(Mailbox.subject(inbox.get(1))).isEqualTo("Trả lời câu hỏi " + code);
        assertThat(Mailbox.body(inbox.get(1))).contains("Kính gửi Đinh Thị Hoa").contains(answer).contains(question);
        assertThat(WebSession.text(citizen.get(QuestionController.TRACK + "?ma=" + code)))
                .contains("Đã trả lời").contains(answer);

        officer.get(QuestionStaffController.QUEUE + "/" + id);
        assertThat(officer.post(QuestionStaffController.QUEUE + "/" + id + "/cong-khai", Map.of("publicQuestion", question))
                .statusCode()).isEqualTo(302);

        String list = WebSession.text(citizen.get(QuestionController.LIST));
        assertThat(list).contains(question).contains(answer).doesNotContain("Đinh Thị Hoa").doesNotContain(email);
        String detail = WebSession.text(citizen.get(QuestionController.LIST + "/" + id));
        assertThat(detail).contains(question).contains(answer).doesNotContain("Đinh Thị Hoa").doesNotContain(email);
        HttpResponse<String> api = citizen.json("GET", "/api/v1/questions", null);
        assertThat(api.body()).contains(answer).doesNotContain("Đinh Thị Hoa").doesNotContain(email);
        assertThat(citizen.json("GET", "/api/v1/questions/" + code, null).body()).contains("\"status\":\"PUBLISHED\"");

        SearchDocument document = searchSource.all().filter(d -> d.id().equals("question:" + id)).findFirst().orElseThrow();
        assertThat(document.kind()).isEqualTo("question");
        assertThat(document.url()).isEqualTo("/hoi-dap/" + id);
        assertThat(document.text()).contains(answer).doesNotContain("Đinh Thị Hoa").doesNotContain(email);

        assertThat(audit.history(Questions.AUDIT_TYPE, String.valueOf(id), 10)).extracting(e -> e.action())
                .containsExactly("portal.question.published", "portal.question.answered", "portal.question.assigned",
                        "portal.question.received");
        assertThat(audit.history(Questions.AUDIT_TYPE, String.valueOf(id), 10))
                .allSatisfy(e -> assertThat(String.valueOf(e.details())).doesNotContain(email).doesNotContain("Đinh Thị Hoa"));
    }

    @Test
    void decomposedInputIsStoredComposed() {
        String email = "nfd." + System.nanoTime() + "@example.vn";
        String name = Normalizer.normalize("Nguyễn Thị Thủy", Normalizer.Form.NFD);
        String content = Normalizer.normalize("Xin hỏi về quyết định hỗ trợ hộ nghèo năm 2026", Normalizer.Form.NFD);
        WebSession citizen = WebSession.anonymous(port);
        citizen.get(QuestionController.SEND);
        assertThat(citizen.post(QuestionController.SEND, form(name, email, content)).statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("select asker_name, content from portal_qa_question where asker_email = ?")
                .param(email).query().singleRow();
        assertThat(row.get("asker_name")).isEqualTo("Nguyễn Thị Thủy");
        assertThat(row.get("content")).isEqualTo("Xin hỏi về quyết định hỗ trợ hộ nghèo năm 2026");
    }

    /** Choice: a filled honeypot gets the same-looking receipt (a code), but nothing is stored or sent. */
    @Test
    void aFilledHoneypotLooksAcceptedButNothingIsStoredOrSent() {
        String email = "robot." + System.nanoTime() + "@example.vn";
        WebSession robot = WebSession.anonymous(port);
        robot.get(QuestionController.SEND);
        Map<String, String> form = form("Robot", email, "Mua thuốc giá rẻ tại đây");
        form.put("website", "http://spam.example");
        assertThat(robot.post(QuestionController.SEND, form).statusCode()).isEqualTo(302);
        assertThat(robot.get(QuestionController.SENT).body()).containsPattern("id=\"tracking-code\">[A-Z0-9]{10}<");
        assertThat(jdbc.sql("select count(*) from portal_qa_question where asker_email = ?").param(email)
                .query(Long.class).single()).isZero();
        dispatch();
        assertThat(Mailbox.of(mail, email)).isEmpty();
    }

    @Test
    void missingFieldsAreShownBesideEachFieldAndNothingIsStored() {
        String email = "thieu." + System.nanoTime() + "@example.vn";
        WebSession citizen = WebSession.anonymous(port);
        citizen.get(QuestionController.SEND);
        Map<String, String> form = form("", email, "  ");
        form.remove("consent");
        form.put("topic", "KHONG_CO");
        HttpResponse<String> page = citizen.post(QuestionController.SEND, form);
        assertThat(page.statusCode()).isEqualTo(200);
        String text = WebSession.text(page);
        assertThat(text).contains("id=\"name-error\">Vui lòng nhập thông tin này.<")
                .contains("id=\"content-error\">Vui lòng nhập thông tin này.<")
                .contains("id=\"topic-error\">Vui lòng chọn một chủ đề trong danh sách.<")
                .contains("id=\"consent-error\">Vui lòng đồng ý cho cơ quan xử lý dữ liệu cá nhân để gửi câu hỏi.<");
        assertThat(jdbc.sql("select count(*) from portal_qa_question where asker_email = ?").param(email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theApiReturnsATrackingCodeAndTheStatusWithoutPersonalData() {
        String email = "api." + System.nanoTime() + "@example.vn";
        WebSession client = WebSession.anonymous(port);
        HttpResponse<String> created = client.json("POST", "/api/v1/questions", """
                {"name":"Lò Văn Pấng","email":"%s","topic":"LEGAL_DOCUMENTS","content":"Nghị định 42 áp dụng cho xã thế nào?","consent":true}
                """.formatted(email));
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher code = Pattern.compile("\"code\":\"([A-Z0-9]{10})\"").matcher(created.body());
        assertThat(code.find()).isTrue();
        HttpResponse<String> status = client.json("GET", "/api/v1/questions/" + code.group(1), null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"status\":\"RECEIVED\"").doesNotContain("Lò Văn Pấng").doesNotContain(email);
        assertThat(client.json("GET", "/api/v1/questions/ZZZZZZZZZZ", null).statusCode()).isEqualTo(404);

        HttpResponse<String> invalid = client.json("POST", "/api/v1/questions", """
                {"name":"A","email":"khong-phai-email","topic":"OTHER","content":"x","consent":false}
                """);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("QUESTION_INVALID").contains("email").contains("consent");
    }

    @Test
    void aDeclinedQuestionTellsTheAskerWhy() {
        String email = "tuchoi." + System.nanoTime() + "@example.vn";
        WebSession citizen = WebSession.anonymous(port);
        citizen.get(QuestionController.SEND);
        citizen.post(QuestionController.SEND, form("Hà Văn Sơn", email, "Câu hỏi không thuộc thẩm quyền của xã"));
        Map<String, Object> row = jdbc.sql("select id, tracking_code from portal_qa_question where asker_email = ?")
                .param(email).query().singleRow();
        long id = ((Number) row.get("id")).longValue();
        WebSession head = WebSession.loggedIn(port, "truongphong");
        head.get(QuestionStaffController.QUEUE + "/" + id);
        HttpResponse<String> empty = head.post(QuestionStaffController.QUEUE + "/" + id + "/tu-choi", Map.of("reason", " "));
        assertThat(WebSession.text(empty)).contains("id=\"reason-error\">Vui lòng nhập thông tin này.<");
        head.post(QuestionStaffController.QUEUE + "/" + id + "/tu-choi", Map.of("reason", "Thuộc thẩm quyền của UBND tỉnh."));
        assertThat(WebSession.text(citizen.get(QuestionController.TRACK + "?ma=" + row.get("tracking_code"))))
                .contains("Không tiếp nhận").contains("Thuộc thẩm quyền của UBND tỉnh.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            dispatch();
            assertThat(Mailbox.of(mail, email)).anySatisfy(m -> assertThat(Mailbox.body(m)).contains("Thuộc thẩm quyền của UBND tỉnh."));
        });
        assertThat(audit.history(Questions.AUDIT_TYPE, String.valueOf(id), 1).get(0).action()).isEqualTo("portal.question.declined");
    }

    @Test
    void citizensAndClerksCannotOpenTheQueue() {
        for (String user : List.of("congdan", "vanthu")) {
            assertThat(WebSession.loggedIn(port, user).get(QuestionStaffController.QUEUE).statusCode()).as(user).isEqualTo(403);
        }
    }

    /** Sends what the test left queued while this class's SMTP server still listens, so no other test receives it. */
    @AfterEach
    void emptyTheQueue() {
        dispatch();
    }

    /**
     * The outbox's own worker (woken by the commit, or its poll) may send the mail instead of the test's
     * round, so the test dispatches again until the mail has arrived, whoever sent it.
     */
    private List<MimeMessage> dispatchUntilReceived(String email, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            dispatch();
            assertThat(Mailbox.of(mail, email)).hasSizeGreaterThanOrEqualTo(count);
        });
        List<MimeMessage> inbox = Mailbox.of(mail, email);
        assertThat(inbox).as("each mail once").hasSize(count);
        return inbox;
    }

    private void dispatch() {
        // messages a scheduled run failed to send earlier wait for their retry; the test looks past that wait
        outbox.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
    }

    private static Map<String, String> form(String name, String email, String content) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("topic", "PROCEDURES");
        form.put("content", content);
        form.put("consent", "true");
        form.put("website", "");
        return form;
    }
}
