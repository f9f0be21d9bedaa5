package vn.congso.documents;

import java.util.List;
import vn.congso.documents.edxml.Priority;

/**
 * What an officer writes to compose an outgoing document from a Decree 30 template (NĐ30 Phụ lục I).
 *
 * @param type            the kind of document; Công văn and Quyết định have templates
 * @param draftingUnit    the drafting department's code, in the ký hiệu of a công văn ({@code VHXH})
 * @param subject         trích yếu: after "V/v" for a công văn, under the type name otherwise
 * @param addressees      "Kính gửi" lines (công văn)
 * @param paragraphs      the body
 * @param placesOfReceipt "Nơi nhận" lines; an archive line "Lưu: VT, …" is added when none is given
 * @param competence      thẩm quyền ký, e.g. {@code TM. ỦY BAN NHÂN DÂN}
 * @param signerTitle     chức vụ of the signer, e.g. {@code CHỦ TỊCH}
 * @param signerName      họ tên of the signer
 * @param internalUnits   department codes that receive the issued document inside the system
 * @param peerAgencies    agency identifiers that receive it by edXML
 * @param emails          addresses that receive it by email
 */
public record OutgoingDraft(DocumentType type, String draftingUnit, String subject, Priority urgency,
                            List<String> addressees, List<String> paragraphs, List<String> placesOfReceipt,
                            String competence, String signerTitle, String signerName,
                            List<String> internalUnits, List<String> peerAgencies, List<String> emails) {

    public OutgoingDraft {
        urgency = urgency == null ? Priority.NORMAL : urgency;
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        placesOfReceipt = placesOfReceipt == null ? List.of() : List.copyOf(placesOfReceipt);
        internalUnits = internalUnits == null ? List.of() : List.copyOf(internalUnits);
        peerAgencies = peerAgencies == null ? List.of() : List.copyOf(peerAgencies);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
