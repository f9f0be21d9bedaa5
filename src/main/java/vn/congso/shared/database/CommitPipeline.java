package vn.congso.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Statements a transaction leaves for its end: they are sent to PostgreSQL together, in the order they
 * were added, in one round trip just before the commit (the driver sends a statement text holding
 * several statements as one batch), so a transaction that writes to several modules' tables pays one
 * round trip for all of them and the commit's. Each statement runs exactly when the transaction
 * commits; an error in any of them rolls the whole transaction back. Without a transaction a statement
 * runs at once. Rows a transaction adds one by one (audit entries, outbox mails) go into a {@link Batch}
 * and become one statement of the pipeline.
 */
@Component
public class CommitPipeline {

    /** What to do with the rows a statement returns; runs before the commit. */
    @FunctionalInterface
    public interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    /** One statement with named parameters ({@code :name}); {@code rows} may be null. */
    public record Statement(String sql, Map<String, ?> params, Rows rows) {
    }

    private static final Statement COMMIT = new Statement("commit", Map.of(), null);
    /** The statements are the modules' constant texts: parsed once each. */
    private static final Map<String, ParsedSql> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final SQLStateSQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;

    public CommitPipeline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Leaves {@code statement} for the end of the current transaction (or runs it now when there is none). */
    public void add(Statement statement) {
        Pending pending = pending();
        if (pending == null || pending.sent) {
            run(List.of(statement));
        } else {
            pending.statements.add(statement);
        }
    }

    /** A batch of rows whose statement {@code statement} writes them all, after the statements added directly. */
    public <T> Batch<T> batch(Function<List<T>, Statement> statement) {
        return new Batch<>(statement);
    }

    /**
     * Rows a transaction adds one by one but that one statement writes together at its end, so whatever
     * lock that write takes is held only from then to the commit. The rows exist exactly when the
     * transaction committed, as if each had been written when it was added.
     */
    public final class Batch<T> {

        private final Function<List<T>, Statement> statement;

        private Batch(Function<List<T>, Statement> statement) {
            this.statement = statement;
        }

        public void add(T row) {
            Pending pending = pending();
            if (pending == null || pending.sent) {
                run(List.of(statement.apply(List.of(row))));
            } else {
                pending.batches.computeIfAbsent(this, batch -> new ArrayList<>()).add(row);
            }
        }

        @SuppressWarnings("unchecked")
        private Statement statementOf(List<Object> rows) {
            return statement.apply((List<T>) rows);
        }
    }

    /**
     * Lets the current transaction's own COMMIT travel with the pipeline, saving the commit's round
     * trip: the driver then sees the transaction ended and sends nothing when the transaction manager
     * commits. Only for a transaction whose last database work is the pipeline (nothing writes after
     * it in {@code beforeCommit}); a failed statement or commit still rolls everything back.
     */
    public void commitWithPipeline() {
        Pending pending = pending();
        if (pending != null) {
            pending.commit = true;
        }
    }

    /** Runs {@code statements} now, in one round trip, on the current transaction's connection. */
    public void run(List<Statement> statements) {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (Statement statement : statements) {
            ParsedSql parsed = PARSED.computeIfAbsent(statement.sql(), NamedParameterUtils::parseSqlStatement);
            MapSqlParameterSource source = new MapSqlParameterSource(statement.params());
            sql.append(NamedParameterUtils.substituteNamedParameters(parsed, source)).append(";\n");
            values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, source, null)));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement prepared = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                StatementCreatorUtils.setParameterValue(prepared, i + 1, SqlTypeValue.TYPE_UNKNOWN, values.get(i));
            }
            boolean rows = prepared.execute();
            for (Statement statement : statements) {
                if (rows && statement.rows() != null) {
                    try (ResultSet resultSet = prepared.getResultSet()) {
                        statement.rows().read(resultSet);
                    }
                }
                rows = prepared.getMoreResults();
            }
        } catch (SQLException e) {
            throw TRANSLATOR.translate("commit pipeline", sql.toString(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner == this) {
                return pending;
            }
        }
        Pending pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private static final class Pending implements TransactionSynchronization {

        private final CommitPipeline owner;
        private final List<Statement> statements = new ArrayList<>();
        private final Map<Batch<?>, List<Object>> batches = new LinkedHashMap<>();
        private boolean sent;
        private boolean commit;

        private Pending(CommitPipeline owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            sent = true;
            batches.forEach((batch, rows) -> statements.add(batch.statementOf(rows)));
            if (!statements.isEmpty()) {
                if (commit) {
                    statements.add(COMMIT);
                }
                owner.run(statements);
            }
        }
    }
}
