package vn.congso.portal.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Times are stored in UTC and shown in Vietnam. */
final class ContentTime {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ContentTime() {
    }

    static ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM);
    }

    /** PostgreSQL keeps microseconds: round here so what is compared is what is stored. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
