package vn.congso.testing;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context started by a test at the test run's PostgreSQL, unless the test
 * already names a database (two-agency tests do).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String given = environment.getProperty("spring.datasource.url");
        if (given != null && !given.isBlank()) {
            return;
        }
        TestPostgres postgres = TestPostgres.get();
        application.addListeners(event -> {
            if (event instanceof ContextRefreshedEvent) {
                TestPostgres.contextOpened();
            } else if (event instanceof ContextClosedEvent) {
                TestPostgres.contextClosed();
            }
        });
        environment.getPropertySources().addFirst(new MapPropertySource("congsoTestDatabase", Map.of(
                "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
