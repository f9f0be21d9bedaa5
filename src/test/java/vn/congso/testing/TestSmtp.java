package vn.congso.testing;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The in-process SMTP server of a test run: a port free on this machine, chosen once per JVM, so
 * several test runs on one machine never deliver into each other's mailboxes. The shared test
 * context sends mail there ({@code spring.mail.port}); tests start GreenMail with {@link #SETUP}.
 */
public final class TestSmtp {

    public static final int PORT = freePort();
    public static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
