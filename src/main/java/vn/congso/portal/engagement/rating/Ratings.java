package vn.congso.portal.engagement.rating;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Ratings of the portal and of each of its pages on four criteria (NĐ42 Đ8 k1 d). A vote stores the
 * item, the four scores, the comment and the day: no account, address, session or time of day
 * (NĐ42 Đ5 k3 b). Repeat votes are limited by {@link VoterGuard}.
 */
@Service
class Ratings {

    static final String PORTAL = "/";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_COMMENT = 2000;

    /** Count, average per criterion and how many gave each score 1–5 per criterion. */
    record Summary(String item, long count, Map<Criterion, Double> averages, Map<Criterion, long[]> distribution) {
    }

    record Comment(LocalDate day, String text) {
    }

    private final JdbcClient jdbc;
    private final VoterGuard guard;

    Ratings(JdbcClient jdbc, VoterGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** The item as stored: a path of this portal without query or fragment; "/" is the portal itself; null if not a path. */
    static String item(String raw) {
        if (raw == null || raw.isBlank()) {
            return PORTAL;
        }
        String path = VietnameseText.nfc(raw.strip()).replaceAll("[?#].*$", "");
        if (!path.startsWith("/") || path.startsWith("//") || path.length() > 300 || path.matches(".*[\\s\\\\<>\"].*")) {
            return null;
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * Records a vote.
     *
     * @throws CongsoException {@link EngagementError#RATING_INVALID}, or {@link EngagementError#RATING_ALREADY_GIVEN}
     *                         when the same client rated the same item today
     */
    @Transactional
    public void rate(String rawItem, Map<Criterion, Integer> scores, String comment, String clientAddress) {
        String item = item(rawItem);
        List<String> wrong = new ArrayList<>();
        if (item == null) {
            wrong.add("item");
        }
        for (Criterion c : Criterion.values()) {
            Integer score = scores.get(c);
            if (score == null || score < 1 || score > 5) {
                wrong.add(c.column());
            }
        }
        String text = comment == null || comment.isBlank() ? null : VietnameseText.nfc(comment.strip());
        if (text != null && text.length() > MAX_COMMENT) {
            wrong.add("comment");
        }
        if (!wrong.isEmpty()) {
            throw new CongsoException(EngagementError.RATING_INVALID, String.join(", ", wrong));
        }
        LocalDate today = LocalDate.now(VIETNAM);
        if (!guard.take(today, clientAddress == null ? "" : clientAddress, item)) {
            throw new CongsoException(EngagementError.RATING_ALREADY_GIVEN);
        }
        jdbc.sql("""
                insert into portal_rating_vote (item, interface, content, quality, support, comment, rated_on)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(item, scores.get(Criterion.INTERFACE), scores.get(Criterion.CONTENT),
                scores.get(Criterion.QUALITY), scores.get(Criterion.SUPPORT), text, today).update();
    }

    /** Every rated item, most rated first. */
    @Transactional(readOnly = true)
    public List<Summary> items() {
        List<String> items = jdbc.sql("select item from portal_rating_vote group by item order by count(*) desc, item limit 500")
                .query(String.class).list();
        return items.stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Summary summary(String item) {
        Map<Criterion, Double> averages = new EnumMap<>(Criterion.class);
        Map<Criterion, long[]> distribution = new EnumMap<>(Criterion.class);
        long count = jdbc.sql("select count(*) from portal_rating_vote where item = ?").param(item).query(Long.class).single();
        for (Criterion c : Criterion.values()) {
            long[] counts = new long[5];
            Map<Integer, Long> rows = new LinkedHashMap<>();
            jdbc.sql("select " + c.column() + ", count(*) from portal_rating_vote where item = ? group by 1")
                    .param(item).query(rs -> {
                        rows.put(rs.getInt(1), rs.getLong(2));
                    });
            long sum = 0;
            for (Map.Entry<Integer, Long> row : rows.entrySet()) {
                counts[row.getKey() - 1] = row.getValue();
                sum += row.getKey() * row.getValue();
            }
            distribution.put(c, counts);
            averages.put(c, count == 0 ? 0.0 : Math.round(sum * 100.0 / count) / 100.0);
        }
        return new Summary(item, count, averages, distribution);
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(String item, int limit) {
        return jdbc.sql("select rated_on, comment from portal_rating_vote where item = ? and comment is not null order by id desc limit ?")
                .params(item, limit).query((rs, n) -> new Comment(rs.getDate(1).toLocalDate(), rs.getString(2))).list();
    }
}
