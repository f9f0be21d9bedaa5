package vn.congso.portal.engagement;

/**
 * Something the agency has published and wants to reach people on every channel (NĐ42 Đ5 k2).
 *
 * @param category the subscription category it belongs to, a short key such as {@code van-ban} or {@code tin-tuc}
 * @param title    its title, Vietnamese
 * @param url      where it is published, relative to the portal ({@code /van-ban/137-2024-nd-cp}) or absolute
 * @param summary  a few sentences, plain text; may be empty
 */
public record Announcement(String category, String title, String url, String summary) {
}
