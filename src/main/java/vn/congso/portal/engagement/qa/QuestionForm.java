package vn.congso.portal.engagement.qa;

/** The question form: one property per field, so each error shows beside its field. */
public class QuestionForm {

    private String name;
    private String email;
    private String topic;
    private String content;
    private boolean consent;
    /** Honeypot: hidden from people by CSS, left empty by them; robots fill it. */
    private String website;

    SubmitQuestion toCommand() {
        return new SubmitQuestion(name, email, topic, content, consent, website);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
