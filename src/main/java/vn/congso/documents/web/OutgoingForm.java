package vn.congso.documents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import vn.congso.documents.DocumentType;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.edxml.Priority;

/** The compose form of an outgoing document; lists are typed one item per line. */
class OutgoingForm {

    @NotNull
    private DocumentType type = DocumentType.OFFICIAL_LETTER;
    @NotBlank
    private String draftingUnit;
    @NotBlank
    private String subject;
    private Priority urgency = Priority.NORMAL;
    private String addressees = "";
    @NotBlank
    private String body;
    private String placesOfReceipt = "";
    private String competence = "";
    @NotBlank
    private String signerTitle;
    @NotBlank
    private String signerName;
    private String internalUnits = "";
    private String peerAgencies = "";
    private String emails = "";

    OutgoingDraft toDraft() {
        return new OutgoingDraft(type, draftingUnit.strip(), subject.strip(), urgency, lines(addressees), lines(body),
                lines(placesOfReceipt), competence.isBlank() ? null : competence.strip(), signerTitle.strip(),
                signerName.strip(), lines(internalUnits), lines(peerAgencies), lines(emails));
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public String getDraftingUnit() { return draftingUnit; }
    public void setDraftingUnit(String draftingUnit) { this.draftingUnit = draftingUnit; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public Priority getUrgency() { return urgency; }
    public void setUrgency(Priority urgency) { this.urgency = urgency; }
    public String getAddressees() { return addressees; }
    public void setAddressees(String addressees) { this.addressees = addressees; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getPlacesOfReceipt() { return placesOfReceipt; }
    public void setPlacesOfReceipt(String placesOfReceipt) { this.placesOfReceipt = placesOfReceipt; }
    public String getCompetence() { return competence; }
    public void setCompetence(String competence) { this.competence = competence; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getInternalUnits() { return internalUnits; }
    public void setInternalUnits(String internalUnits) { this.internalUnits = internalUnits; }
    public String getPeerAgencies() { return peerAgencies; }
    public void setPeerAgencies(String peerAgencies) { this.peerAgencies = peerAgencies; }
    public String getEmails() { return emails; }
    public void setEmails(String emails) { this.emails = emails; }
}
