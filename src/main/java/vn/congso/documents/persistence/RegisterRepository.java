package vn.congso.documents.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.documents.RegisterKind;

/** Registers, their yearly counters and the registrations they hold. */
@Repository
public class RegisterRepository {

    private final JdbcClient jdbc;

    RegisterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> registerId(String code) {
        return jdbc.sql("select id from documents_register where code = ?").param(code).query(Long.class).optional();
    }

    public long createRegister(String code, RegisterKind kind, String name) {
        return jdbc.sql("insert into documents_register (code, kind, name) values (?, ?, ?) returning id")
                .params(code, kind.name(), name).query(Long.class).single();
    }

    /**
     * Takes the next number of a register in a year. The upsert locks the counter row until the
     * caller's transaction ends, so concurrent registrations queue behind it and a rollback hands
     * the number back.
     */
    public int nextNumber(long registerId, int year) {
        return jdbc.sql("""
                insert into documents_register_counter (register_id, year, last_number) values (?, ?, 1)
                on conflict (register_id, year) do update set last_number = documents_register_counter.last_number + 1
                returning last_number
                """).params(registerId, year).query(Integer.class).single();
    }

    public long insertRegistration(long registerId, int year, int number, Instant at, String numberSymbol, String subject) {
        return jdbc.sql("""
                insert into documents_registration (register_id, year, number, registered_at, number_symbol, subject)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(registerId, year, number, java.sql.Timestamp.from(at), numberSymbol, subject)
                .query(Long.class).single();
    }
}
