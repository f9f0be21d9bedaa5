package vn.congso.portal.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.congso.portal.legal.domain.CrossReferences.Context;
import vn.congso.portal.legal.domain.CrossReferences.NamedTarget;
import vn.congso.portal.legal.domain.CrossReferences.Segment;

class CrossReferencesTests {

    /** The register holds Decree 45/2020 and the Law on Electronic Transactions, nothing else. */
    private final CrossReferences references = new CrossReferences(new CrossReferences.Targets() {
        @Override
        public Optional<String> slugByCode(String code) {
            return "45/2020/NĐ-CP".equals(code) ? Optional.of("45-2020-nd-cp") : Optional.empty();
        }

        @Override
        public Optional<NamedTarget> lawByName(String text) {
            return text.toLowerCase().startsWith("giao dịch điện tử")
                    ? Optional.of(new NamedTarget("20-2023-qh15", "Giao dịch điện tử".length())) : Optional.empty();
        }
    });

    private final Context inArticle4Clause2 = new Context(
            Set.of("dieu-4", "dieu-4-khoan-1", "dieu-4-khoan-2", "dieu-4-khoan-2-diem-a", "dieu-5", "dieu-23"),
            "dieu-4", "dieu-4-khoan-2");

    @Test
    void linksAClauseOfALawCitedByName() {
        List<Segment> segments = references.link(
                "đáp ứng các yêu cầu quy định tại khoản 1 Điều 12 Luật Giao dịch điện tử.", inArticle4Clause2);

        assertThat(segments).contains(new Segment("khoản 1 Điều 12 Luật Giao dịch điện tử",
                "/van-ban/20-2023-qh15#dieu-12-khoan-1"));
        assertThat(String.join("", segments.stream().map(Segment::text).toList()))
                .isEqualTo("đáp ứng các yêu cầu quy định tại khoản 1 Điều 12 Luật Giao dịch điện tử.");
    }

    @Test
    void linksADocumentCitedByItsNumber() {
        List<Segment> segments = references.link("thực hiện theo Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020",
                inArticle4Clause2);

        assertThat(segments).contains(new Segment("Nghị định số 45/2020/NĐ-CP", "/van-ban/45-2020-nd-cp"));
    }

    @Test
    void linksAPointOfAnotherDocumentCitedByNumber() {
        List<Segment> segments = references.link("quy định tại điểm c khoản 3 Điều 25 Nghị định 45/2020/NĐ-CP",
                inArticle4Clause2);

        assertThat(segments).contains(new Segment("điểm c khoản 3 Điều 25 Nghị định 45/2020/NĐ-CP",
                "/van-ban/45-2020-nd-cp#dieu-25-khoan-3-diem-c"));
    }

    @Test
    void linksUnitsOfTheSameDocument() {
        assertThat(references.link("các yêu cầu tại Điều 5 Nghị định này", inArticle4Clause2))
                .contains(new Segment("Điều 5 Nghị định này", "#dieu-5"));
        assertThat(references.link("quy định tại khoản 1 Điều này", inArticle4Clause2))
                .contains(new Segment("khoản 1 Điều này", "#dieu-4-khoan-1"));
        assertThat(references.link("theo quy định tại điểm a khoản này", inArticle4Clause2))
                .contains(new Segment("điểm a khoản này", "#dieu-4-khoan-2-diem-a"));
    }

    @Test
    void leavesReferencesToDocumentsOutsideTheRegisterAsText() {
        String text = "Bãi bỏ Điều 25 Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007";

        assertThat(references.link(text, inArticle4Clause2)).containsExactly(new Segment(text, null));
    }
}
