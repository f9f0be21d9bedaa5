package vn.congso.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The one PostgreSQL a test JVM uses. {@code -Dcongso.test.postgres=server} requires the server at
 * 127.0.0.1:5432 (CI proves the external path that way), {@code embedded} always starts the bundled
 * PostgreSQL 17, {@code auto} (the default) takes the server when it answers. On a server each run
 * gets a fresh, uniquely named database, dropped when the JVM ends.
 */
public final class TestPostgres {

    private static final String SERVER_URL = env("CONGSO_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String SERVER_USER = env("CONGSO_TEST_DB_USER", "congso");
    private static final String SERVER_PASSWORD = env("CONGSO_TEST_DB_PASSWORD", "congso");

    private static TestPostgres instance;
    /** Spring contexts still open on the test database: it is dropped only after they have closed. */
    private static final java.util.concurrent.atomic.AtomicInteger OPEN_CONTEXTS = new java.util.concurrent.atomic.AtomicInteger();

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String description;
    private final boolean dropOnExit;

    private TestPostgres(String jdbcUrl, String user, String password, String description, boolean dropOnExit) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.dropOnExit = dropOnExit;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start(System.getProperty("congso.test.postgres", "auto").toLowerCase(Locale.ROOT));
            System.out.println("[congso tests] PostgreSQL: " + instance.description);
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A further fresh database on the same server, for tests that run two agencies side by side. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String adminUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        if (dropOnExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name)));
        }
        return url;
    }

    private static TestPostgres start(String mode) {
        switch (mode) {
            case "server":
                return onServer();
            case "embedded":
                return embedded();
            default:
                return serverReachable() ? onServer() : embedded();
        }
    }

    private static boolean serverReachable() {
        try (Connection ignored = DriverManager.getConnection(SERVER_URL + "postgres", SERVER_USER, SERVER_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static TestPostgres onServer() {
        TestPostgres admin = new TestPostgres(SERVER_URL + "postgres", SERVER_USER, SERVER_PASSWORD, "", true);
        String url = admin.createDatabase("congso_test");
        return new TestPostgres(url, SERVER_USER, SERVER_PASSWORD, "server " + url, true);
    }

    private static TestPostgres embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            // the embedded cluster lives in a temporary directory and goes with the JVM: nothing to drop
            TestPostgres admin = new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "", false);
            String url = admin.createDatabase("congso_test");
            return new TestPostgres(url, "postgres", "", "embedded " + url, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL for tests", e);
        }
    }

    static void contextOpened() {
        OPEN_CONTEXTS.incrementAndGet();
    }

    static void contextClosed() {
        OPEN_CONTEXTS.decrementAndGet();
    }

    private void drop(String adminUrl, String name) {
        // JVM shutdown hooks run at once: wait for Spring's own hooks to close their connection pools first
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (OPEN_CONTEXTS.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("[congso tests] could not drop " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
