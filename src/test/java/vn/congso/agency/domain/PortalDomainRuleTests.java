package vn.congso.agency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import vn.congso.agency.AgencyLevel;

/** NĐ42 Đ6 k4: the decree's own forms and examples, and the mistakes an administrator makes. */
class PortalDomainRuleTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    PortalDomainRuleTests() {
        messages.setBasename("classpath:messages/agency");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # level              | domain                                  | agency name                                  | parent
            MINISTRY             | mic.gov.vn                              | Bộ Thông tin và Truyền thông                 | -
            MINISTRY             | bocongan.gov.vn                         | Bộ Công an                                   | -
            MINISTRY_UNIT        | gso.mof.gov.vn                          | Cục Thống kê                                 | Bộ Tài chính
            PROVINCE             | thainguyen.gov.vn                       | Ủy ban nhân dân tỉnh Thái Nguyên             | -
            PROVINCE             | hochiminhcity.gov.vn                    | Ủy ban nhân dân Thành phố Hồ Chí Minh        | -
            PROVINCE             | hanoi.gov.vn                            | UBND thành phố Hà Nội                        | -
            PROVINCE_DEPARTMENT  | stp.thainguyen.gov.vn                   | Sở Tư pháp tỉnh Thái Nguyên                  | Ủy ban nhân dân tỉnh Thái Nguyên
            DISTRICT             | dinhhoa.thainguyen.gov.vn               | Ủy ban nhân dân huyện Định Hóa               | Ủy ban nhân dân tỉnh Thái Nguyên
            COMMUNE              | thanhdinh.dinhhoa.thainguyen.gov.vn     | Ủy ban nhân dân xã Thanh Định                | Ủy ban nhân dân huyện Định Hóa
            COMMUNE              | thanhdinh.thainguyen.gov.vn             | Ủy ban nhân dân xã Thanh Định                | Ủy ban nhân dân tỉnh Thái Nguyên
            COMMUNE              | THANHDINH.DinhHoa.ThaiNguyen.gov.vn.    | Ủy ban nhân dân xã Thanh Định                | -
            COMMUNE              | phuong1.quan3.hochiminhcity.gov.vn      | Ủy ban nhân dân Phường 1                     | Ủy ban nhân dân Quận 3
            COMMUNE              | thanhdinh.dinhhoa.thainguyen.gov.vn     | -                                            | -
            """)
    void acceptsTheFormsOfTheDecree(AgencyLevel level, String domain, String name, String parent) {
        assertThat(PortalDomainRule.check(domain, level, name, parent)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            COMMUNE   | thanhđinh.dinhhoa.thainguyen.gov.vn  | Ủy ban nhân dân xã Thanh Định  | Phần 'thanhđinh' có ký tự có dấu; tên miền chỉ dùng chữ không dấu (viết là 'thanhdinh').
            COMMUNE   | thanhdinh.gov.vn                     | Ủy ban nhân dân xã Thanh Định  | Tên miền của UBND cấp xã phải có dạng tenphuongxa.tenquanhuyen.tentinhthanh.gov.vn (hoặc tenxa.tentinh.gov.vn); thiếu phần tên tỉnh.
            COMMUNE   | thanhdinh.dinhhoa.thainguyen.vn      | Ủy ban nhân dân xã Thanh Định  | Tên miền 'thanhdinh.dinhhoa.thainguyen.vn' phải kết thúc bằng .gov.vn (NĐ 42/2022/NĐ-CP Điều 6 khoản 4).
            COMMUNE   | thanhdinh.dinhhoa.thainguyen.com.vn  | Ủy ban nhân dân xã Thanh Định  | Tên miền 'thanhdinh.dinhhoa.thainguyen.com.vn' phải kết thúc bằng .gov.vn (NĐ 42/2022/NĐ-CP Điều 6 khoản 4).
            COMMUNE   | xathanhdinh.dinhhoa.thainguyen.gov.vn| Ủy ban nhân dân xã Thanh Định  | Phần 'xathanhdinh' phải là tên phường, xã đầy đủ viết không dấu: 'thanhdinh' (theo tên 'Ủy ban nhân dân xã Thanh Định').
            COMMUNE   | ubnd.thanhdinh.dinhhoa.thainguyen.gov.vn | Ủy ban nhân dân xã Thanh Định | Tên miền của UBND cấp xã phải có dạng tenphuongxa.tenquanhuyen.tentinhthanh.gov.vn (hoặc tenxa.tentinh.gov.vn); thừa phần 'ubnd'.
            COMMUNE   | thanh_dinh.dinhhoa.thainguyen.gov.vn | Ủy ban nhân dân xã Thanh Định  | Phần 'thanh_dinh' có ký tự không được phép '_'; mỗi phần chỉ gồm chữ thường a-z, chữ số 0-9 và dấu gạch nối ở giữa.
            COMMUNE   | -thanhdinh.dinhhoa.thainguyen.gov.vn | Ủy ban nhân dân xã Thanh Định  | Phần '-thanhdinh' không được bắt đầu hoặc kết thúc bằng dấu gạch nối.
            COMMUNE   | thanhdinh..thainguyen.gov.vn         | Ủy ban nhân dân xã Thanh Định  | Tên miền có hai dấu chấm liền nhau hoặc bắt đầu bằng dấu chấm.
            COMMUNE   | https://thanhdinh.thainguyen.gov.vn/ | Ủy ban nhân dân xã Thanh Định  | Chỉ nhập tên miền (ví dụ thanhdinh.dinhhoa.thainguyen.gov.vn), không kèm https://, đường dẫn hay khoảng trắng.
            DISTRICT  | dinhhoa.gov.vn                       | Ủy ban nhân dân huyện Định Hóa | Tên miền của UBND cấp huyện phải có dạng tenquanhuyen.tentinhthanh.gov.vn; thiếu phần tên tỉnh.
            PROVINCE  | hcm.gov.vn                           | Ủy ban nhân dân Thành phố Hồ Chí Minh | Phần 'hcm' phải là tên tỉnh đầy đủ viết không dấu: 'hochiminhcity' (theo tên 'Ủy ban nhân dân Thành phố Hồ Chí Minh').
            PROVINCE  | thainguyen.vietbac.gov.vn            | Ủy ban nhân dân tỉnh Thái Nguyên | Tên miền của UBND cấp tỉnh phải có dạng tentinhthanh.gov.vn; thừa phần 'thainguyen'.
            MINISTRY_UNIT | mof.gov.vn                       | Cục Thống kê                   | Tên miền của cơ quan trực thuộc bộ phải có dạng tendonvi.tenbonganh.gov.vn; thiếu phần tên bộ, ngành.
            PROVINCE_DEPARTMENT | gov.vn                     | Sở Tư pháp tỉnh Thái Nguyên    | Tên miền của cơ quan chuyên môn thuộc UBND tỉnh phải có dạng tencoquan.tentinhthanh.gov.vn; thiếu phần tên cơ quan.
            """)
    void namesTheWrongPartInVietnamese(AgencyLevel level, String domain, String name, String expected) {
        Optional<RuleViolation> problem = PortalDomainRule.check(domain, level, name, null);
        assertThat(problem).isPresent();
        assertThat(messages.getMessage(problem.get(), VI)).isEqualTo(expected);
    }

    @Test
    void decomposedInputIsJudgedAsTheComposedText() {
        String nfd = Normalizer.normalize("thanhđinh.dinhhoa.thainguyen.gov.vn", Normalizer.Form.NFD);
        RuleViolation problem = PortalDomainRule.check(nfd, AgencyLevel.COMMUNE, "Ủy ban nhân dân xã Thanh Định", null).orElseThrow();
        assertThat(messages.getMessage(problem, VI)).startsWith("Phần 'thanhđinh' có ký tự có dấu");
        String nfdTone = Normalizer.normalize("thánhdinh.thainguyen.gov.vn", Normalizer.Form.NFD);
        RuleViolation tone = PortalDomainRule.check(nfdTone, AgencyLevel.COMMUNE, null, null).orElseThrow();
        assertThat(messages.getMessage(tone, VI)).contains("'thánhdinh'").contains("viết là 'thanhdinh'");
    }

    @Test
    void theDistrictPartOfACommuneDomainFollowsTheParentDistrict() {
        RuleViolation problem = PortalDomainRule.check("thanhdinh.phuluong.thainguyen.gov.vn", AgencyLevel.COMMUNE,
                "Ủy ban nhân dân xã Thanh Định", "Ủy ban nhân dân huyện Định Hóa").orElseThrow();
        assertThat(messages.getMessage(problem, VI))
                .isEqualTo("Phần 'phuluong' phải là tên quận, huyện đầy đủ viết không dấu: 'dinhhoa' (theo tên 'Ủy ban nhân dân huyện Định Hóa').");
    }

    @Test
    void hintsTheLabelOfTheAgencysOwnName() {
        assertThat(PortalDomainRule.expectedLabel(AgencyLevel.COMMUNE, "Ủy ban nhân dân xã Thanh Định")).hasValue("thanhdinh");
        assertThat(PortalDomainRule.expectedLabel(AgencyLevel.COMMUNE, "UBND thị trấn Chợ Chu")).hasValue("chochu");
        assertThat(PortalDomainRule.expectedLabel(AgencyLevel.DISTRICT, "Ủy ban nhân dân thị xã Phổ Yên")).hasValue("phoyen");
        assertThat(PortalDomainRule.expectedLabel(AgencyLevel.PROVINCE, "Uỷ ban nhân dân Thành phố Hồ Chí Minh")).hasValue("hochiminhcity");
        assertThat(PortalDomainRule.expectedLabel(AgencyLevel.MINISTRY, "Bộ Tư pháp")).isEmpty();
    }

    @Test
    void englishReadersGetTheReasonInEnglish() {
        RuleViolation problem = PortalDomainRule.check("thanhdinh.gov.vn", AgencyLevel.COMMUNE, null, null).orElseThrow();
        assertThat(messages.getMessage(problem, Locale.ENGLISH)).isEqualTo(
                "The domain of a Commune People's Committee must have the form tenphuongxa.tenquanhuyen.tentinhthanh.gov.vn "
                        + "(or tenxa.tentinh.gov.vn); the province's name is missing.");
    }
}
