package vn.congso.portal.legal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.LegalRelationKind;
import vn.congso.portal.RegisterLegalDocument;
import vn.congso.portal.legal.domain.ParsedDocument;

/** The review form: what the parser read, as the officer corrects it before saving. */
public class ImportForm {

    private String text;
    private String fileKey;
    private String fileName;
    private int documentIndex;
    private String type;
    private String code;
    private String issuer;
    private String place;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issueDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private LegalDocumentStatus status = LegalDocumentStatus.IN_FORCE;
    private String summary;
    private String signerName;
    private String signerTitle;
    private String field;
    private String replaces;
    private String amends;
    private String repeals;

    static ImportForm of(ParsedDocument d, String text, String fileKey, String fileName, int index) {
        ImportForm form = new ImportForm();
        form.text = text;
        form.fileKey = fileKey;
        form.fileName = fileName;
        form.documentIndex = index;
        form.type = d.type() == null ? null : d.type().name();
        form.code = d.code();
        form.issuer = d.issuer();
        form.place = d.place();
        form.issueDate = d.issueDate();
        form.effectiveDate = d.effectiveDate();
        form.summary = d.summary();
        form.signerName = d.signerName();
        form.signerTitle = d.signerTitle();
        return form;
    }

    RegisterLegalDocument command() {
        Map<LegalRelationKind, List<String>> relations = new EnumMap<>(LegalRelationKind.class);
        relations.put(LegalRelationKind.REPLACES, codes(replaces));
        relations.put(LegalRelationKind.AMENDS, codes(amends));
        relations.put(LegalRelationKind.REPEALS, codes(repeals));
        return new RegisterLegalDocument(type, code, issuer, place, issueDate, effectiveDate, status, summary,
                signerName, signerTitle, field, text, documentIndex, fileKey, relations);
    }

    private static List<String> codes(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getFileKey() { return fileKey; }
    public void setFileKey(String fileKey) { this.fileKey = fileKey; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public int getDocumentIndex() { return documentIndex; }
    public void setDocumentIndex(int documentIndex) { this.documentIndex = documentIndex; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public LegalDocumentStatus getStatus() { return status; }
    public void setStatus(LegalDocumentStatus status) { this.status = status; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getReplaces() { return replaces; }
    public void setReplaces(String replaces) { this.replaces = replaces; }
    public String getAmends() { return amends; }
    public void setAmends(String amends) { this.amends = amends; }
    public String getRepeals() { return repeals; }
    public void setRepeals(String repeals) { this.repeals = repeals; }
}
