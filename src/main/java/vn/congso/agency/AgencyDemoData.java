package vn.congso.agency;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.persistence.AgencyRepository;
import vn.congso.shared.DemoProperties;

/**
 * The demo agency of the default run: the commune People's Committee that sent seed 000
 * (UBND xã Thanh Định, huyện Định Hóa, tỉnh Thái Nguyên). The identifier and unit codes are
 * placeholders of the right form, not the commune's official codes.
 */
@Component
@Order(10)
class AgencyDemoData implements ApplicationRunner {

    static final AgencyProfile THANH_DINH = new AgencyProfile(
            "Ủy ban nhân dân xã Thanh Định",
            "Thanh Dinh Commune People's Committee",
            "Ủy ban nhân dân huyện Định Hóa",
            AgencyLevel.COMMUNE,
            "05578",
            "000.00.01.H55",
            "Xã Thanh Định, huyện Định Hóa, tỉnh Thái Nguyên",
            "0208 3878 123",
            "ubndthanhdinh@thainguyen.gov.vn",
            "thanhdinh.dinhhoa.thainguyen.gov.vn",
            "Cổng số xã Thanh Định",
            "Ủy ban nhân dân xã Thanh Định",
            "antt.thanhdinh@thainguyen.gov.vn",
            "0208 3878 124");

    private final DemoProperties demo;
    private final AgencyRepository repository;

    AgencyDemoData(DemoProperties demo, AgencyRepository repository) {
        this.demo = demo;
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || repository.profile().isPresent()) {
            return;
        }
        repository.save(THANH_DINH);
        repository.addDepartment("VP", "Văn phòng - Thống kê", "Office and Statistics");
        repository.addDepartment("VHXH", "Văn hóa - Xã hội", "Culture and Social Affairs");
        repository.addDepartment("TP-HT", "Tư pháp - Hộ tịch", "Justice and Civil Status");
        repository.addDepartment("DC-XD", "Địa chính - Xây dựng", "Land Administration and Construction");
        repository.addDepartment("TC-KT", "Tài chính - Kế toán", "Finance and Accounting");
        repository.addDepartment("MC", "Bộ phận Một cửa", "One-stop Counter");
    }
}
