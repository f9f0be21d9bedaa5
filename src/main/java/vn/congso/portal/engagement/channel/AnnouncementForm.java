package vn.congso.portal.engagement.channel;

/** The administrator's form to send an announcement on every channel. */
public class AnnouncementForm {

    private String category;
    private String title;
    private String url;
    private String summary;

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
