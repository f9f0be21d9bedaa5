package vn.congso.conversion.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.congso.conversion.LegalContext;

/** The marker's wording per legal context, in Vietnamese and in Vietnam time (NĐ137 Đ4 k1, Đ5 k2). */
class MarkersTests {

    private final Markers markers = new Markers(bundle());
    private final Instant lateEvening = Instant.parse("2026-11-23T17:30:05Z");

    @Test
    void theGeneralMarkerSaysConvertedFromPaperWhenAndByWhom() {
        List<String> marker = markers.toElectronic(LegalContext.GENERAL, lateEvening, "Ủy ban nhân dân xã Tân Thành",
                "Ma Văn Hùng", "CD-ABC", "https://tanthanh.gov.vn/tra-cuu/CD-ABC");
        assertThat(marker.get(0)).startsWith("Thông điệp dữ liệu được chuyển đổi từ văn bản giấy.")
                .contains("00:30:05 ngày 24/11/2026 (GMT+7)")
                .contains("Ủy ban nhân dân xã Tân Thành").contains("Ma Văn Hùng");
        assertThat(marker.get(1)).contains("CD-ABC").contains("https://tanthanh.gov.vn/tra-cuu/CD-ABC");
    }

    @Test
    void notarisationAndProcedureResultsHaveTheirOwnWording() {
        String certified = markers.toElectronic(LegalContext.CERTIFIED_COPY, lateEvening, "UBND", "Lường Thị Mai", "C", "u").get(0);
        String procedure = markers.toElectronic(LegalContext.PROCEDURE_RESULT, lateEvening, "UBND", "Lường Thị Mai", "C", "u").get(0);
        assertThat(certified).contains("công chứng, chứng thực, sao y, sao lục, trích sao").contains("Lường Thị Mai");
        assertThat(procedure).startsWith("Kết quả giải quyết thủ tục hành chính đã được chuyển đổi từ bản giấy sang bản điện tử");
        String paperCertified = markers.toPaper(LegalContext.CERTIFIED_COPY, lateEvening, "UBND", "Mai", "Hệ thống",
                "Chủ quản", "C", "u", "s", "A").get(0);
        assertThat(paperCertified).contains("công chứng, chứng thực").contains("thông điệp dữ liệu");
    }

    @Test
    void thePaperMarkerNamesSystemOwnerAddressAndCode() {
        List<String> marker = markers.toPaper(LegalContext.GENERAL, lateEvening, "UBND xã Tân Thành", "Lường Thị Mai",
                "Cổng dịch vụ công xã Tân Thành", "Ủy ban nhân dân xã Tân Thành", "CD-XYZ",
                "https://tanthanh.gov.vn/tra-cuu/CD-XYZ", "https://tanthanh.gov.vn/tra-cuu", "K7P2-9QXM-A4CD");
        assertThat(String.join(" ", marker))
                .contains("Văn bản giấy được chuyển đổi từ thông điệp dữ liệu")
                .contains("Hệ thống thông tin: Cổng dịch vụ công xã Tân Thành")
                .contains("Chủ quản hệ thống thông tin: Ủy ban nhân dân xã Tân Thành")
                .contains("https://tanthanh.gov.vn/tra-cuu/CD-XYZ").contains("nhập mã CD-XYZ tại https://tanthanh.gov.vn/tra-cuu")
                .contains("Mã truy cập: K7P2-9QXM-A4CD");
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/conversion");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
