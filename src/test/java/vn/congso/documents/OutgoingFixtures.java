package vn.congso.documents;

import java.util.List;
import vn.congso.documents.edxml.Priority;

/** The commune letter of seed 000: UBND xã Thanh Định announces Decree 137/2024/NĐ-CP (January 2025). */
final class OutgoingFixtures {

    static final String SUBJECT = "tuyên truyền Nghị định số 137/2024/NĐ-CP ngày 23/10/2024 của Chính phủ Quy định "
            + "về giao dịch điện tử của cơ quan nhà nước và hệ thống thông tin phục vụ giao dịch điện tử";

    static final String DECREE_EXCERPT = "NGHỊ ĐỊNH Quy định về giao dịch điện tử của cơ quan nhà nước và hệ thống "
            + "thông tin phục vụ giao dịch điện tử. Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;";

    private OutgoingFixtures() {
    }

    static OutgoingDraft thanhDinhLetter(List<String> peers) {
        return new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH",
                // NFD input: the officer's keyboard may send decomposed diacritics
                java.text.Normalizer.normalize(SUBJECT, java.text.Normalizer.Form.NFD),
                Priority.NORMAL,
                List.of("- Các ban ngành, đoàn thể xã Thanh Định;",
                        "- Các ông, bà Trưởng xóm trên địa bàn xã Thanh Định."),
                List.of("Thực hiện Công văn số 8384/UBND-VHTT ngày 24/12/2024 của UBND huyện Định Hoá về việc thực "
                                + "hiện Nghị định số 137/2024/NĐ-CP ngày 23/10/2024 của Chính phủ. UBND xã Thanh Định đề "
                                + "nghị các ban ngành, đoàn thể và các ông, bà Trưởng xóm thực hiện tuyên truyền những "
                                + "nội dung sau:",
                        "1. Công chức Văn hóa-xã hội: Đăng tải Nghị định số 137/2024/NĐ-CP trên Trang thông tin "
                                + "điện tử, mạng xã hội và tuyên truyền bằng các hình thức khác phù hợp.",
                        "2. Các ban ngành, đoàn thể và các ông, bà Trưởng xóm: Thông tin tuyên truyền Nghị định "
                                + "trên nhóm Zalo, các cụm loa truyền thanh.",
                        "(Gửi kèm Nghị định số 137/2024/NĐ-CP ngày 23/10/2024 của Chính phủ)",
                        "UBND xã Thanh Định đề nghị các ban ngành, đoàn thể và các ông, bà Trưởng xóm phối hợp "
                                + "triển khai thực hiện./."),
                List.of("- Như trên;", "- TT Đảng ủy, TT HĐND;", "- Ban Tuyên giáo Đảng ủy;", "- Lãnh đạo UBND xã;",
                        "- Lưu: VP, VHXH."),
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phùng Văn Đăng",
                List.of("VP", "VHXH", "TP-HT"), peers, List.of("truongxom.namon@example.vn"));
    }
}
