package vn.congso.documents.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * The document's metadata in an edXML envelope ({@code MessageHeader}, QCVN 102:2016).
 *
 * @param code         số ({@code CodeNumber}) and ký hiệu ({@code CodeNotation})
 * @param steeringType whether the document is a steering document ({@code SteeringType}, 0 = no)
 * @param documentId   {@code OrganId,yyyy/MM/dd,số/ký hiệu}: the key a recipient deduplicates on
 */
public record MessageHeader(Organization from, List<Organization> to, Code code, Promulgation promulgation,
                            Type documentType, String subject, String content, Signer signer, LocalDate dueDate,
                            List<String> toPlaces, OtherInfo otherInfo, List<ResponseFor> responseFor,
                            int steeringType, String documentId) {

    public MessageHeader {
        to = List.copyOf(to);
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
        responseFor = responseFor == null ? List.of() : List.copyOf(responseFor);
    }

    /** {@code Code}: số and ký hiệu, e.g. {@code 05} and {@code QĐ-UBND}. */
    public record Code(String codeNumber, String codeNotation) {

        /** Splits a số/ký hiệu as written ({@code 12/UBND-VHXH}, {@code 137/2024/NĐ-CP}) after the number. */
        public static Code of(String numberSymbol) {
            int slash = numberSymbol.indexOf('/');
            return new Code(numberSymbol.substring(0, slash), numberSymbol.substring(slash + 1));
        }

        @Override
        public String toString() {
            return codeNumber + "/" + codeNotation;
        }
    }

    /** {@code PromulgationInfo}: địa danh and ngày ban hành. */
    public record Promulgation(String place, LocalDate date) {
    }

    /** {@code DocumentType}: type code and name (tên loại văn bản). */
    public record Type(int type, String typeName) {
    }

    /** {@code SignerInfo}: thẩm quyền ký, chức vụ, họ tên người ký. */
    public record Signer(String competence, String position, String fullName) {
    }

    /**
     * {@code OtherInfo}: độ khẩn, phạm vi ban hành (lưu hành), người đánh máy, số bản, số trang, phụ lục.
     */
    public record OtherInfo(Priority priority, String sphereOfPromulgation, String typerNotation,
                            Integer promulgationAmount, Integer pageAmount, List<String> appendixes) {

        public OtherInfo {
            appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
        }
    }

    /** The DocumentId of a document: {@code 000.00.01.H55,2026/11/23,05/QĐ-UBND}. */
    public static String documentId(AgencyIdentifier organ, LocalDate promulgated, Code code) {
        return organ + "," + EdxmlNames.DATE.format(promulgated) + "," + code;
    }
}
