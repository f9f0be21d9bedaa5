package vn.congso.documents.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Work files (hồ sơ công việc) of the yearly file list, and what each holds. */
@Repository
public class WorkFileRepository {

    /** An entry of the file list and the file's state. */
    public record WorkFile(long id, int year, String code, String title, String retention, String responsible,
                           String state, Instant openedAt, Instant closedAt, Instant archivedAt, String archivedBy,
                           int items) {
    }

    /** A document or dossier filed in a work file. */
    public record Item(String kind, String reference, String label, String addedBy, Instant addedAt) {
    }

    private final JdbcClient jdbc;

    WorkFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new file's id, or empty when the year's list already has this code. */
    public Optional<Long> insert(int year, String code, String title, String retention, String responsible) {
        return jdbc.sql("""
                insert into documents_work_file (year, code, title, retention, responsible) values (?, ?, ?, ?, ?)
                on conflict (year, code) do nothing returning id""")
                .params(year, code, title, retention, responsible).query(Long.class).optional();
    }

    public Optional<WorkFile> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(WorkFile.class).optional();
    }

    public Optional<WorkFile> lock(long id) {
        jdbc.sql("select id from documents_work_file where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    /** The file list of a year in the order of the codes. */
    public List<WorkFile> ofYear(int year) {
        return jdbc.sql(SELECT + " where f.year = ? order by f.code").param(year).query(WorkFile.class).list();
    }

    public void moveTo(long id, String state, Instant at, String actor) {
        jdbc.sql("""
                update documents_work_file set state = ?,
                    opened_at = case when ? = 'OPEN' then ? else opened_at end,
                    closed_at = case when ? = 'CLOSED' then ? else closed_at end,
                    archived_at = case when ? = 'ARCHIVED' then ? else archived_at end,
                    archived_by = case when ? = 'ARCHIVED' then ? else archived_by end
                where id = ?""")
                .params(state, state, Timestamp.from(at), state, Timestamp.from(at), state, Timestamp.from(at),
                        state, actor, id).update();
    }

    /** Files the item unless it is already in the file; whether it was added. */
    public boolean add(long fileId, String kind, String reference, String label, String actor) {
        return jdbc.sql("""
                insert into documents_work_file_item (file_id, kind, reference, label, added_by) values (?, ?, ?, ?, ?)
                on conflict (file_id, kind, reference) do nothing""")
                .params(fileId, kind, reference, label, actor).update() == 1;
    }

    public List<Item> items(long fileId) {
        return jdbc.sql("""
                select kind, reference, label, added_by, added_at from documents_work_file_item
                where file_id = ? order by id""").param(fileId).query(Item.class).list();
    }

    private static final String SELECT = """
            select f.id, f.year, f.code, f.title, f.retention, f.responsible, f.state, f.opened_at, f.closed_at,
                   f.archived_at, f.archived_by,
                   (select count(*) from documents_work_file_item i where i.file_id = f.id)::int as items
            from documents_work_file f""";
}
