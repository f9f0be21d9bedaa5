package vn.congso.portal.search;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.congso.portal.SearchDocument;

/** Small Vietnamese documents with diacritics for the search tests. */
final class SearchFixtures {

    static final Instant UPDATED = Instant.parse("2025-01-15T03:00:00Z");

    private SearchFixtures() {
    }

    static SearchDocument legal(String id, String title, String text, String type, String year, String status) {
        return new SearchDocument(id, "legal-document", title, text, "/van-ban/" + id,
                Map.of("type", List.of(type), "issuer", List.of("Chính phủ"), "year", List.of(year), "status", List.of(status)),
                UPDATED);
    }

    static SearchDocument news(String id, String title, String text) {
        return new SearchDocument(id, "news", title, text, "/tin-tuc/" + id,
                Map.of("category", List.of("Chuyển đổi số")), UPDATED);
    }

    static List<SearchDocument> decrees() {
        return List.of(
                legal("nd-137", "Nghị định 137/2024/NĐ-CP",
                        "Quy định về giao dịch điện tử của cơ quan nhà nước và hệ thống thông tin phục vụ giao dịch điện tử.",
                        "Nghị định", "2024", "Còn hiệu lực"),
                legal("nd-42", "Nghị định 42/2022/NĐ-CP",
                        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.",
                        "Nghị định", "2022", "Còn hiệu lực"),
                legal("qd-15", "Quyết định 15/2023/QĐ-UBND",
                        "Quyết định cho cán bộ được nghỉ phép năm theo quy định của Bộ luật Lao động.",
                        "Quyết định", "2023", "Hết hiệu lực"),
                news("tin-1", "Đẩy mạnh chuyển đổi số cấp xã",
                        "Ủy ban nhân dân xã Thanh Định triển khai dịch vụ công trực tuyến toàn trình cho người dân."));
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
