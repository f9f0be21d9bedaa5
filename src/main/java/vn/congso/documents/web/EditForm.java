package vn.congso.documents.web;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import vn.congso.documents.DocumentType;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.edxml.Priority;
import vn.congso.documents.persistence.OutgoingRepository.Row;

/**
 * What the approver at the current level rewrites (NĐ30 Đ11, duyệt bản thảo: each level may edit the draft):
 * the subject and the text; the type, signer and recipients stay those of the document.
 */
class EditForm {

    @NotBlank
    private String subject;
    private String addressees = "";
    @NotBlank
    private String body;
    private String placesOfReceipt = "";

    static EditForm of(Row row) {
        EditForm form = new EditForm();
        form.subject = row.subject();
        // the composed text, so the approver corrects it rather than retyping it; empty after an uploaded file
        form.addressees = Objects.requireNonNullElse(row.addressees(), "");
        form.body = row.body();
        form.placesOfReceipt = Objects.requireNonNullElse(row.placesOfReceipt(), "");
        return form;
    }

    OutgoingDraft toDraft(Row row) {
        return new OutgoingDraft(DocumentType.valueOf(row.documentType()), row.draftingUnit(), subject.strip(),
                Priority.valueOf(row.urgency()), OutgoingForm.lines(addressees), OutgoingForm.lines(body),
                OutgoingForm.lines(placesOfReceipt),
                row.competence(), row.signerTitle(), row.signerName(), row.internalUnitList(), row.peerAgencyList(),
                row.emailList());
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getAddressees() { return addressees; }
    public void setAddressees(String addressees) { this.addressees = addressees; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getPlacesOfReceipt() { return placesOfReceipt; }
    public void setPlacesOfReceipt(String placesOfReceipt) { this.placesOfReceipt = placesOfReceipt; }
}
