package vn.congso.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
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
 * runs at once.
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

    /**
     * Makes sure the pipeline of the current transaction is registered, for a writer that adds its
     * statements only from another synchronization's {@code beforeCommit}; those run earlier (they are
     * ordered before this one).
     */
    public void join() {
        pending();
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
        private boolean sent;
        private boolean commit;

        private Pending(CommitPipeline owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            sent = true;
            if (!statements.isEmpty()) {
                if (commit) {
                    statements.add(COMMIT);
                }
                owner.run(statements);
            }
        }
    }
}
