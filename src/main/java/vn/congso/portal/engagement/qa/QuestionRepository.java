package vn.congso.portal.engagement.qa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class QuestionRepository {

    private static final String COLUMNS = """
            id, tracking_code, asker_name, asker_email, account_name, topic, content, status, department_code,
            assignee, answer, answered_by, answered_at, public_content, published_at, decline_reason, created_at, updated_at
            """;

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, String name, String email, String accountName, QuestionTopic topic, String content, Instant now) {
        return jdbc.sql("""
                insert into portal_qa_question (tracking_code, asker_name, asker_email, account_name, topic, content,
                  consent_at, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?) returning id
                """).params(code, name, email, accountName, topic.name(), content, ts(now), ts(now), ts(now))
                .query(Long.class).single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from portal_qa_question where tracking_code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    Optional<Question> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from portal_qa_question where tracking_code = ?").param(code)
                .query(QuestionRepository::row).optional();
    }

    Optional<Question> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_qa_question where id = ?").param(id)
                .query(QuestionRepository::row).optional();
    }

    /** Locks the question for a change of status, so two officers cannot act on it at once. */
    Optional<Question> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_qa_question where id = ? for update").param(id)
                .query(QuestionRepository::row).optional();
    }

    List<Question> withStatus(List<QuestionStatus> statuses, int limit) {
        return jdbc.sql("select " + COLUMNS + " from portal_qa_question where status = any (?) order by created_at limit ?")
                .params(statuses.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(QuestionRepository::row).list();
    }

    List<Question> published(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from portal_qa_question where status = 'PUBLISHED' order by published_at desc, id desc offset ? limit ?")
                .params(offset, limit).query(QuestionRepository::row).list();
    }

    long publishedCount() {
        return jdbc.sql("select count(*) from portal_qa_question where status = 'PUBLISHED'").query(Long.class).single();
    }

    void assign(long id, String department, String assignee, Instant now) {
        jdbc.sql("update portal_qa_question set status = 'ASSIGNED', department_code = ?, assignee = ?, updated_at = ? where id = ?")
                .params(department, assignee, ts(now), id).update();
    }

    void answer(long id, String answer, String officer, Instant now) {
        jdbc.sql("update portal_qa_question set status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ?, updated_at = ? where id = ?")
                .params(answer, officer, ts(now), ts(now), id).update();
    }

    void publish(long id, String publicContent, Instant now) {
        jdbc.sql("update portal_qa_question set status = 'PUBLISHED', public_content = ?, published_at = ?, updated_at = ? where id = ?")
                .params(publicContent, ts(now), ts(now), id).update();
    }

    void decline(long id, String reason, Instant now) {
        jdbc.sql("update portal_qa_question set status = 'DECLINED', decline_reason = ?, updated_at = ? where id = ?")
                .params(reason, ts(now), id).update();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Question row(ResultSet rs, int n) throws SQLException {
        return new Question(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("asker_name"),
                rs.getString("asker_email"), rs.getString("account_name"), QuestionTopic.valueOf(rs.getString("topic")),
                rs.getString("content"), QuestionStatus.valueOf(rs.getString("status")), rs.getString("department_code"),
                rs.getString("assignee"), rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"),
                rs.getString("public_content"), instant(rs, "published_at"), rs.getString("decline_reason"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
