package vn.congso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.audit.AuditLog;
import vn.congso.documents.OutgoingDocumentManagement.State;
import vn.congso.identity.Role;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.StoredResult;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.Verdict;
import vn.congso.testing.CongsoIntegrationTest;

/** Seed 000: the Thanh Định letter drafted, approved (head → leader), signed, numbered and issued. */
@CongsoIntegrationTest
class OutgoingDocumentFlowTests {

    @Autowired
    OutgoingDocumentManagement outgoing;

    @Autowired
    SigningManagement signing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierQueries queries;

    @Autowired
    AuditLog audit;

    @Test
    void seedLetterIsIssuedWithTheDecreeThirtyLayoutTheNextNumberAndTwoValidSignatures() throws Exception {
        long id = outgoing.compose(OutgoingFixtures.thanhDinhLetter(List.of()), "canbo");
        outgoing.attach(id, "Nghị định 137/2024/NĐ-CP.txt", "text/plain",
                OutgoingFixtures.DECREE_EXCERPT.getBytes(StandardCharsets.UTF_8), "canbo");
        long opinion = outgoing.askOpinion(id, "truongphong", LocalDate.now().plusDays(2), "canbo");
        outgoing.giveOpinion(id, opinion, "Nhất trí, đề nghị bổ sung nhóm Zalo của các xóm.", "truongphong");
        outgoing.submit(id, "canbo");

        assertThat(outgoing.approve(id, "truongphong", Set.of(Role.HEAD), "Đồng ý trình lãnh đạo."))
                .isEqualTo(State.IN_APPROVAL);
        assertThat(outgoing.approve(id, "lanhdao", Set.of(Role.LEADER), null)).isEqualTo(State.APPROVED);
        outgoing.sign(id, "lanhdao");

        int expected = nextOutgoingNumber();
        OutgoingDocumentManagement.Issued issued = outgoing.issue(id, "vanthu");

        // kept for a reviewer to open: the letter as issued, with both signatures
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"))
                .resolve("seed-000-letter.pdf"), issued.pdf());
        String number = NumberSymbol.formatNumber(expected);
        assertThat(issued.numberSymbol()).isEqualTo(number + "/UBND-VHXH");
        String text = text(issued.pdf());
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "XÃ THANH ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Kính gửi:",
                "- Các ban ngành, đoàn thể xã Thanh Định;", "- Các ông, bà Trưởng xóm trên địa bàn xã Thanh Định.",
                "Nơi nhận:", "- Như trên;", "- Lưu: VP, VHXH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phùng Văn Đăng");
        // the summary wraps inside its column (NĐ30 Phụ lục I: under the number, centred): compare without line breaks
        assertThat(text.replaceAll("\\s+", "")).contains(
                ("V/v " + OutgoingFixtures.SUBJECT).replaceAll("\\s+", ""));
        assertThat(text).containsPattern("Số:[\\s\\u00a0]*" + number + "[\\s\\u00a0]*/UBND-VHXH");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(text).containsPattern("Thanh Định, ngày[\\s\\u00a0]*" + String.format("%02d", today.getDayOfMonth())
                + "[\\s\\u00a0]*tháng[\\s\\u00a0]*" + String.format("%02d", today.getMonthValue()) + "[\\s\\u00a0]*năm " + today.getYear());

        var validation = signing.validate(issued.pdf());
        assertThat(validation.signatures()).hasSize(2);
        assertThat(validation.verdict()).isEqualTo(Verdict.VALID);
        assertThat(outgoing.versions(id)).containsExactly("COMPOSED", "SIGNED", "ISSUED");
        assertThat(outgoing.deliveries(id)).extracting(d -> d.channel() + " " + d.recipient())
                .contains("INTERNAL VP", "INTERNAL VHXH", "INTERNAL TP-HT", "EMAIL truongxom.namon@example.vn");
        assertThat(outgoing.document(id).state()).isEqualTo("ISSUED");
    }

    @Test
    void leaderCannotApproveBeforeTheHeadOfDepartmentAndReturnNeedsAComment() {
        long id = outgoing.compose(OutgoingFixtures.thanhDinhLetter(List.of()), "canbo");
        outgoing.submit(id, "canbo");

        assertThatThrownBy(() -> outgoing.approve(id, "lanhdao", Set.of(Role.LEADER), null))
                .isInstanceOf(CongsoException.class).extracting(e -> ((CongsoException) e).code())
                .isEqualTo(DocumentsError.NOT_YOUR_LEVEL);
        assertThatThrownBy(() -> outgoing.returnToDrafter(id, "truongphong", Set.of(Role.HEAD), " "))
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(DocumentsError.COMMENT_REQUIRED);

        outgoing.returnToDrafter(id, "truongphong", Set.of(Role.HEAD), "Sửa lại trích yếu cho ngắn gọn.");
        assertThat(outgoing.document(id).state()).isEqualTo("RETURNED");
        int version = outgoing.edit(id, OutgoingFixtures.thanhDinhLetter(List.of()), "canbo", Set.of(Role.OFFICER));
        assertThat(version).isEqualTo(2);
        assertThat(outgoing.trail(id)).extracting(s -> s.action())
                .containsExactly("DRAFTED", "SUBMITTED", "RETURNED", "EDITED");
        assertThat(outgoing.trail(id)).anySatisfy(s -> assertThat(s.comment()).isEqualTo("Sửa lại trích yếu cho ngắn gọn."));
    }

    @Test
    void approvalQueueShowsExpressDocumentsBeforeNormalOnes() {
        long normal = outgoing.compose(OutgoingFixtures.thanhDinhLetter(List.of()), "canbo");
        OutgoingDraft seed = OutgoingFixtures.thanhDinhLetter(List.of());
        long express = outgoing.compose(new OutgoingDraft(seed.type(), seed.draftingUnit(),
                "triển khai ứng phó bão số 13 trên địa bàn xã", vn.congso.documents.edxml.Priority.EXPRESS,
                seed.addressees(), seed.paragraphs(), seed.placesOfReceipt(), seed.competence(), seed.signerTitle(),
                seed.signerName(), List.of(), List.of(), List.of()), "canbo");
        outgoing.submit(normal, "canbo");
        outgoing.submit(express, "canbo");

        List<Long> queue = outgoing.queue(State.IN_APPROVAL).stream().map(r -> r.id()).toList();

        // Hỏa tốc before Thường although submitted later
        assertThat(queue.indexOf(express)).isLessThan(queue.indexOf(normal));
    }

    @Test
    void documentAnsweringADossierBecomesTheSignedResultInTheApplicantsDataStore() throws Exception {
        String dossier = dossiers.submitOnline("congdan", new DossierSubmission("1.004873", Map.of(
                "applicantName", "Đinh Thị Hoa", "applicantCitizenId", "019190000001", "applicantPhone", "0912000001",
                "applicantEmail", "congdan@example.invalid", "birthDate", "1995-04-12",
                "residence", "Thôn Đông, xã Thanh Định", "maritalStatus", "Chưa đăng ký kết hôn với ai",
                "purpose", "Đăng ký kết hôn"), List.of(), UUID.randomUUID().toString())).code();
        long id = outgoing.compose(OutgoingFixtures.thanhDinhLetter(List.of()), "canbo");
        assertThatThrownBy(() -> outgoing.answerDossier(id, "000.00.00.H55-261201-9999", "canbo"))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentsError.UNKNOWN_DOSSIER));
        outgoing.answerDossier(id, dossier, "canbo");
        outgoing.submit(id, "canbo");
        outgoing.approve(id, "truongphong", Set.of(Role.HEAD), null);
        outgoing.approve(id, "lanhdao", Set.of(Role.LEADER), null);
        outgoing.sign(id, "lanhdao");

        OutgoingDocumentManagement.Issued issued = outgoing.issue(id, "vanthu");

        // NĐ137 Đ9 k4 d: the issued document is in the citizen's data store as the dossier's result
        StoredResult result = queries.store("congdan").stream()
                .filter(r -> issued.numberSymbol().equals(r.data().get("numberSymbol"))).findFirst().orElseThrow();
        assertThat(result.code()).startsWith(dossier);
        byte[] pdf = queries.resultPdf(result.code(), "congdan");
        assertThat(pdf).isEqualTo(issued.pdf());
        assertThat(signing.validate(pdf).verdict()).isEqualTo(Verdict.VALID);
        assertThat(queries.get(dossier).history()).anySatisfy(h -> assertThat(h.note()).isEqualTo(issued.numberSymbol()));
        // NĐ137 Đ7 k1 c: like every other step, the result's arrival is audited and told to the applicant
        assertThat(audit.history("dossier", dossier, 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("dossier.result-issued");
            assertThat(e.details()).contains(issued.numberSymbol());
        });
    }

    @Test
    void docxDraftIsConvertedToAPdfThatKeepsItsVietnameseText() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            // as a word processor writes it: a styles part and the section's page size and margins (A4, NĐ30 Phụ lục I)
            document.createStyles();
            var section = document.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(java.math.BigInteger.valueOf(11906));
            section.getPgSz().setH(java.math.BigInteger.valueOf(16838));
            var margins = section.addNewPgMar();
            margins.setTop(java.math.BigInteger.valueOf(1134));
            margins.setBottom(java.math.BigInteger.valueOf(1134));
            margins.setLeft(java.math.BigInteger.valueOf(1701));
            margins.setRight(java.math.BigInteger.valueOf(851));
            var title = document.createParagraph().createRun();
            title.setBold(true);
            title.setFontFamily("Times New Roman");
            title.setText("KẾ HOẠCH Tổ chức Ngày hội Đại đoàn kết toàn dân tộc");
            document.createParagraph().createRun().setText(
                    "Ủy ban nhân dân xã Thanh Định đề nghị các xóm phối hợp thực hiện; hạn chót ngày 15 tháng 11.");
            document.write(out);
            docx = out.toByteArray();
        }

        long id = outgoing.upload(new OutgoingDraft(DocumentType.PLAN, "VHXH", "tổ chức Ngày hội Đại đoàn kết",
                null, List.of(), List.of(), List.of(), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phùng Văn Đăng",
                List.of(), List.of(), List.of()), docx, "ke-hoach.docx", "canbo");

        assertThat(outgoing.versions(id)).containsExactly("CONVERTED_FROM_DOCX");
        String text = text(outgoing.latestPdf(id)).replaceAll("\\s+", " ");
        assertThat(text).contains("KẾ HOẠCH Tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
                "Ủy ban nhân dân xã Thanh Định đề nghị các xóm phối hợp thực hiện; hạn chót ngày 15 tháng 11.");
        assertThatThrownBy(() -> outgoing.upload(OutgoingFixtures.thanhDinhLetter(List.of()),
                new byte[] {'P', 'K', 3, 4, 0, 0}, "hong.docx", "canbo"))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentsError.INVALID_FILE));
    }

    private int nextOutgoingNumber() {
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        return jdbc.sql("""
                select coalesce(max(n.number), 0) + 1 from documents_registration n
                join documents_register r on r.id = n.register_id where r.code = 'VB-DI' and n.year = ?""")
                .param(year).query(Integer.class).single();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
