package vn.congso.mail.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.congso.mail.MailProperties;

/**
 * Sends a batch of messages over one SMTP connection (one conversation per message could not keep up
 * with the dossier receipts, bench/dossiers.sh) and tells which of them the server did not take.
 */
@Component
class SmtpBatch {

    private final JavaMailSender sender;
    private final MailProperties properties;

    SmtpBatch(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Why a message was not sent; a permanent problem (an address that cannot be parsed) will not go away. */
    record Failure(Exception problem, boolean permanent) {
    }

    /** Sends {@code batch}; returns the failure of each message not sent, by row id (empty: all sent). */
    Map<Long, Failure> send(List<PendingMail> batch) {
        Map<Long, Failure> failed = new HashMap<>();
        Map<MimeMessage, Long> messages = new LinkedHashMap<>();
        for (PendingMail mail : batch) {
            try {
                messages.put(message(mail), mail.id());
            } catch (MessagingException e) {
                failed.put(mail.id(), new Failure(e, true));
            }
        }
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // names each message that did not go; after a lost connection, every one from there on
            e.getFailedMessages().forEach((message, problem) -> failed.put(messages.get(message), new Failure(problem, false)));
        } catch (MailException e) {
            messages.values().forEach(id -> failed.put(id, new Failure(e, false)));
        }
        return failed;
    }

    private MimeMessage message(PendingMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // chosen here, not by Jakarta Mail encoding the whole body once more only to pick it (a third of the
        // sending thread's time, bench/dossiers.sh); quoted-printable suits any text, Vietnamese included
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
        if (mail.unsubscribeUrl() != null) {
            // RFC 8058: mail clients offer "unsubscribe" and POST "List-Unsubscribe=One-Click" to the URL
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
