package vn.congso.portal.engagement.channel;

import java.util.Arrays;
import java.util.List;

/** The form to register a webhook: its URL, categories (comma separated, empty for all) and an optional secret. */
public class WebhookForm {

    private String url;
    private String categories;
    private String secret;

    List<String> categoryList() {
        return categories == null ? List.of() : Arrays.stream(categories.split("[,\\s]+")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
    }

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getCategories() { return categories; }
    public void setCategories(String categories) { this.categories = categories; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
}
