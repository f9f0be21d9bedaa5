package vn.congso.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data of the default run: the agency of seed 000 and one account per role.
 *
 * @param enabled  seeds the demo agency and accounts on an empty database (off in the {@code prod} profile)
 * @param password fixes every demo password ({@code CONGSO_DEMO_PASSWORD}); otherwise they are random
 */
@ConfigurationProperties("congso.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, String password) {
}
