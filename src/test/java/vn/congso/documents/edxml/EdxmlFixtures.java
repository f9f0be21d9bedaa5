package vn.congso.documents.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.congso.documents.DocumentType;
import vn.congso.documents.NumberSymbol;

/** Envelopes between the demo commune (000.00.01.H55) and a neighbouring commune (000.00.02.H55). */
public final class EdxmlFixtures {

    public static final AgencyIdentifier THANH_DINH = AgencyIdentifier.of("000.00.01.H55");
    public static final AgencyIdentifier BAO_LINH = AgencyIdentifier.of("000.00.02.H55");

    private EdxmlFixtures() {
    }

    /** Quyết định 05/QĐ-UBND of Bảo Linh, sent to Thanh Định. */
    public static Envelope decision(int number) {
        return decision(BAO_LINH, THANH_DINH, number);
    }

    public static Envelope decision(AgencyIdentifier from, AgencyIdentifier to, int number) {
        NumberSymbol symbol = NumberSymbol.of(number, DocumentType.DECISION, "UBND", null);
        MessageHeader.Code code = new MessageHeader.Code(symbol.codeNumber(), symbol.notation());
        LocalDate promulgated = LocalDate.of(2026, 11, 20);
        MessageHeader header = new MessageHeader(
                new Organization(from, "Ủy ban nhân dân huyện Định Hóa", "Ủy ban nhân dân xã Bảo Linh",
                        "Xã Bảo Linh, huyện Định Hóa, tỉnh Thái Nguyên", "ubndbaolinh@thainguyen.gov.vn",
                        "0208 3878 200", null, "baolinh.dinhhoa.thainguyen.gov.vn"),
                List.of(Organization.of(to, "Ủy ban nhân dân xã Thanh Định")),
                code,
                new MessageHeader.Promulgation("Bảo Linh", promulgated),
                new MessageHeader.Type(2, DocumentType.DECISION.nameVi()),
                "Về việc phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
                "Ủy ban nhân dân xã Bảo Linh đề nghị phối hợp tổ chức ngày hội tại nhà văn hóa xóm Nà Mòn.",
                new MessageHeader.Signer("TM.", "Chủ tịch", "Hoàng Văn Đức"),
                LocalDate.of(2026, 12, 1),
                List.of("Ủy ban nhân dân xã Thanh Định", "Lưu: VT"),
                new MessageHeader.OtherInfo(Priority.URGENT, "Liên thông văn bản quốc gia", "HVĐ", 3, 2,
                        List.of("Phụ lục I: Danh sách các xóm tham gia")),
                List.of(),
                0,
                MessageHeader.documentId(from, promulgated, code));
        TraceHeaderList trace = new TraceHeaderList(
                List.of(new TraceHeaderList.TraceHeader(from, LocalDateTime.of(2026, 11, 20, 14, 30, 5))),
                new TraceHeaderList.Business(BusinessDocType.NEW, "Văn bản mới", 0,
                        new StaffInfo("Văn phòng - Thống kê", "Nông Thị Hằng", "0912 345 678", "hangnt@thainguyen.gov.vn")));
        Attachment pdf = new Attachment("qd-05", "Quyết định 05-QĐ-UBND.pdf", "application/pdf", "Bản chính đã ký số",
                "%PDF-1.7 nội dung thử nghiệm".getBytes(StandardCharsets.UTF_8));
        return new Envelope(header, trace, List.of(pdf));
    }
}
