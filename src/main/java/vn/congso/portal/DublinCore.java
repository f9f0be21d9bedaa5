package vn.congso.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dublin Core metadata of a content page (NĐ42 Đ6 k6: dữ liệu đặc tả). A controller puts it in the
 * model as {@code dublinCore}; the layout renders it as {@code <meta name="DC.*">}. Pages without
 * it still carry DC.title, DC.language and DC.publisher.
 *
 * @param title      DC.title
 * @param type       DC.type, a DCMI Type Vocabulary term ({@code Text}, {@code Dataset})
 * @param identifier DC.identifier: the page's absolute URL
 * @param date       DC.date: first publication
 * @param modified   DC.modified: last update
 */
public record DublinCore(String title, String type, String identifier, Instant date, Instant modified) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** W3CDTF date (YYYY-MM-DD) in Vietnam time, as the DCMI recommends for DC.date. */
    public String dateText() {
        return date == null ? null : LocalDate.ofInstant(date, VIETNAM).toString();
    }

    public String modifiedText() {
        return modified == null ? null : LocalDate.ofInstant(modified, VIETNAM).toString();
    }
}
