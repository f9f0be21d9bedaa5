package vn.congso.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.shared.calendar.TimeLimit;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class ProcedureCatalogueTests {

    @Autowired
    ProcedureCatalogue catalogue;

    @Test
    void catalogueStartsWithTheCommuneProceduresOfTheReferenceData() {
        assertThat(catalogue.search(ProcedureFilter.any())).extracting(Procedure::code)
                .contains("1.001193", "1.000894", "1.000656", "1.004873", "1.004837", "1.000689", "2.000635",
                        "2.000815", "2.000884", "2.001035", "1.001776", "1.001699", "1.011606");
        Procedure birth = catalogue.get("1.001193");
        assertThat(birth.name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.legalBasis()).contains("60/2014/QH13", "123/2015/NĐ-CP");
        assertThat(birth.components()).anySatisfy(c -> assertThat(c.presentOnly()).isTrue());
        assertThat(birth.steps()).extracting(ProcedureStep::actor).containsExactly("MC", "TP-HT", "LEADER", "MC");
        // "Thời hạn đăng ký: 60 ngày" is not the processing limit: birth registration is same-day (Luật Hộ tịch Đ16 k2)
        assertThat(birth.timeLimit()).isEqualTo(TimeLimit.workingDays(0));
    }

    @Test
    void signatureCertificationIsPartialBecauseTheSignerMustAppear() {
        Procedure signature = catalogue.get("2.000884");
        assertThat(signature.level()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(signature.assessment().reasons()).contains(OnlineLevel.Reason.PRESENCE_REQUIRED);
    }

    @Test
    void importsAGoodFileWithDecomposedVietnamese() {
        String nfd = Normalizer.normalize("Thủ tục thử nghiệm nhập khẩu", Normalizer.Form.NFD);
        ImportReport report = catalogue.importFile("thu-tuc.json", json("9.900001", nfd, "WORKING_DAYS", "123/2015/NĐ-CP")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(report.problems()).isEmpty();
        assertThat(report.importedCodes()).containsExactly("9.900001");
        Procedure imported = catalogue.get("9.900001");
        assertThat(imported.name()).isEqualTo("Thủ tục thử nghiệm nhập khẩu");
        assertThat(imported.timeLimit()).isEqualTo(TimeLimit.workingDays(5));
        assertThat(imported.level()).isEqualTo(OnlineLevel.FULL);
    }

    @Test
    void aBadRowImportsNothingAndNamesEachProblem() {
        String file = "[" + json("9.900011", "Thủ tục tốt", "WORKING_DAYS", "60/2014/QH13") + ","
                + json("9.9", "", "TUẦN", "Luật Hộ tịch") + "]";
        ImportReport report = catalogue.importFile("thu-tuc.json", file.getBytes(StandardCharsets.UTF_8));
        assertThat(report.accepted()).isFalse();
        assertThat(report.importedCodes()).isEmpty();
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(2));
        assertThat(report.problems()).extracting(ImportReport.Problem::messageKey).containsExactlyInAnyOrder(
                "publicservice.import.error.code-format", "publicservice.import.error.missing",
                "publicservice.import.error.legal-basis", "publicservice.import.error.time-unit");
        assertThat(catalogue.find("9.900011")).isEmpty();
    }

    @Test
    void importsCsvWithListsOnSeveralLinesOfACell() {
        String csv = String.join(",", vn.congso.publicservice.catalogue.CsvProcedures.COLUMNS) + "\r\n"
                + "9.900021,Cấp giấy thử nghiệm CSV,Chứng thực,Ủy ban nhân dân cấp xã,\"INDIVIDUAL\nORGANISATION\",Giấy tờ thử nghiệm,"
                + "\"23/2015/NĐ-CP\n226/2016/TT-BTC\",10.000 đồng,có,2,WORKING_DAYS,,Giấy xác nhận,có,không,không,không,không,"
                + "\"Đơn đề nghị|1|0\nGiấy tờ tùy thân|1|0|present-only\",\"MC|Tiếp nhận|1\nLEADER|Ký duyệt|2\",thử nghiệm\r\n"
                + "9.900022,,Chứng thực,Ủy ban nhân dân cấp xã,INDIVIDUAL,Giấy tờ thử nghiệm,,,,x,WORKING_DAYS,,Giấy,,,,,,,,\r\n";
        ImportReport rejected = catalogue.importFile("thu-tuc.csv", csv.getBytes(StandardCharsets.UTF_8));
        // the first record spans lines 2–6 (four line breaks inside quoted cells); the bad one starts on line 7
        assertThat(rejected.problems()).extracting(ImportReport.Problem::row).containsOnly(7);
        assertThat(rejected.problems()).extracting(ImportReport.Problem::messageKey).contains(
                "publicservice.import.error.missing", "publicservice.import.error.time-amount");
        assertThat(catalogue.find("9.900021")).isEmpty();

        String good = csv.substring(0, csv.indexOf("9.900022"));
        ImportReport report = catalogue.importFile("thu-tuc.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(report.problems()).isEmpty();
        Procedure p = catalogue.get("9.900021");
        assertThat(p.userTypes()).containsExactlyInAnyOrder(UserType.INDIVIDUAL, UserType.ORGANISATION);
        assertThat(p.legalBasis()).containsExactly("23/2015/NĐ-CP", "226/2016/TT-BTC");
        assertThat(p.components()).extracting(DossierComponent::presentOnly).containsExactly(false, true);
        assertThat(p.steps()).extracting(ProcedureStep::allowanceHours).containsExactly(1, 2);
        assertThat(p.assessment().reasons()).containsExactly(OnlineLevel.Reason.PRESENCE_REQUIRED,
                OnlineLevel.Reason.FEE_NOT_PAYABLE_ONLINE, OnlineLevel.Reason.NO_EFORM);
    }

    static String json(String code, String name, String unit, String basis) {
        return """
                {"code": "%s", "name": "%s", "field": "Hộ tịch", "agency": "Ủy ban nhân dân cấp xã",
                 "userTypes": ["INDIVIDUAL"], "topic": "Thử nghiệm nhập", "legalBasis": ["%s"],
                 "fee": "Miễn lệ phí", "feeCharged": false, "time": {"amount": 5, "unit": "%s"},
                 "result": "Giấy xác nhận", "flags": {"eformAvailable": true},
                 "components": [{"name": "Tờ khai", "originals": 1, "copies": 0}],
                 "steps": [{"actor": "MC", "description": "Tiếp nhận", "allowanceHours": 1}]}
                """.formatted(code, name, basis, unit);
    }
}
