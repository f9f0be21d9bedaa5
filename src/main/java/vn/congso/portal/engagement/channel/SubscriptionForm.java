package vn.congso.portal.engagement.channel;

/** The subscription form: an address and one category. */
public class SubscriptionForm {

    private String email;
    private String category;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
}
