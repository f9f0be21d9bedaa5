package vn.congso.portal.engagement;

import java.time.Instant;

/** An announcement as it was sent out, with its number (used by the loudspeaker bulletin). */
public record PublishedAnnouncement(long id, String category, String title, String url, String summary,
                                    Instant createdAt) {
}
