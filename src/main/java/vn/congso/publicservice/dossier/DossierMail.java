package vn.congso.publicservice.dossier;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congso.mail.MailOutbox;
import vn.congso.mail.OutgoingMail;
import vn.congso.publicservice.DossierTransitioned;
import vn.congso.shared.CongsoProperties;

/**
 * Tells the applicant of every transition by e-mail (NĐ137 Đ7 k1 c: the citizen is informed of each
 * step). The mail is queued in the mail outbox within the transition's own transaction, so it exists
 * exactly when the transition committed and survives a restart or an SMTP outage; a receipt never
 * waits for the SMTP conversation (bench/dossiers.sh): the outbox sends after the commit.
 */
@Component
class DossierMail {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CongsoProperties congso;

    DossierMail(MailOutbox outbox, MessageSource messages, CongsoProperties congso) {
        this.outbox = outbox;
        this.messages = messages;
        this.congso = congso;
    }

    /** Queued in the publisher's transaction; sent as soon as that commits. */
    @EventListener
    void on(DossierTransitioned event) {
        if (event.applicantEmail() == null || event.applicantEmail().isBlank()) {
            return;
        }
        String action = messages.getMessage("dossier.action." + event.action(), null, event.action(), VIETNAMESE);
        String subject = messages.getMessage("dossier.mail.subject", new Object[] {event.code(), action}, VIETNAMESE);
        String status = messages.getMessage(event.status().messageKey(), null, VIETNAMESE);
        String body = messages.getMessage("dossier.mail.body", new Object[] {event.code(), action, status,
                event.note() == null ? "" : event.note(), congso.publicUrl() + "/tai-khoan/ho-so/" + event.code()}, VIETNAMESE);
        outbox.queue(OutgoingMail.to(event.applicantEmail(), subject, body).about(event.code()));
    }
}
