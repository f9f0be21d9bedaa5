package vn.congso.portal.engagement;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the in-process SMTP server (GreenMail) received for one address. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> of(GreenMailExtension mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address)).toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the body whose path starts with the given path. */
    public static String link(MimeMessage message, String path) {
        Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in: " + body(message));
        }
        return m.group();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
