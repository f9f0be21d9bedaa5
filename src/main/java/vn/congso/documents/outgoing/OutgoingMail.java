package vn.congso.documents.outgoing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.congso.agency.AgencyManagement;
import vn.congso.documents.edxml.Attachment;

/**
 * Sends an issued document by email to recipients neither inside the system nor reachable by edXML.
 * A failed send is recorded on the delivery (FAILED), not fatal to issuing: the number is already
 * given and the clerk resends.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> sender;
    private final AgencyManagement agency;
    private final MessageSource messages;

    OutgoingMail(ObjectProvider<JavaMailSender> sender, AgencyManagement agency, MessageSource messages) {
        this.sender = sender;
        this.agency = agency;
        this.messages = messages;
    }

    /** Sends and answers the delivery state: SENT or FAILED. */
    public String send(String to, String numberSymbol, String subject, List<Attachment> files) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return "FAILED";
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            agency.profile().map(p -> p.email()).filter(e -> e != null && !e.isBlank()).ifPresent(from -> {
                try {
                    helper.setFrom(from);
                } catch (MessagingException e) {
                    log.info("sender address {} refused: {}", from, e.getMessage());
                }
            });
            helper.setTo(to);
            helper.setSubject(messages.getMessage("documents.mail.subject", new Object[] {numberSymbol, subject},
                    VIETNAMESE));
            helper.setText(messages.getMessage("documents.mail.body", new Object[] {numberSymbol, subject}, VIETNAMESE));
            for (Attachment file : files) {
                helper.addAttachment(file.name(), new ByteArrayResource(file.content()), file.contentType());
            }
            mail.send(message);
            return "SENT";
        } catch (MessagingException | MailException e) {
            log.info("document {} not sent to {}: {}", numberSymbol, to, e.getMessage());
            return "FAILED";
        }
    }
}
