package vn.congso.publicservice.dossier;

import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.publicservice.DossierTransitioned;
import vn.congso.shared.CongsoProperties;

/**
 * Tells the applicant of every transition by e-mail once it is committed (NĐ137 Đ7 k1 c: the
 * citizen is informed of each step). A mail server that is down costs the mail, not the transition.
 * Mails go out from one thread of their own, in the order of the transitions: a receipt does not wait
 * for the SMTP conversation (bench/dossiers.sh). When a slow server lets 1,000 mails pile up, the
 * transition that comes next sends its own mail, ahead of the queue, and so slows down instead of
 * filling the memory.
 */
@Component
class DossierMail {

    private static final Logger log = LoggerFactory.getLogger(DossierMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JavaMailSender mail;
    private final MessageSource messages;
    private final CongsoProperties congso;
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000),
            runnable -> {
                Thread thread = new Thread(runnable, "dossier-mail");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    DossierMail(JavaMailSender mail, MessageSource messages, CongsoProperties congso) {
        this.mail = mail;
        this.messages = messages;
        this.congso = congso;
    }

    /**
     * Sent after the commit. A plain listener with a synchronisation rather than a transactional event
     * listener: the event publication registry would keep a database row per mail, and a mail is
     * not worth retrying after a restart.
     */
    @EventListener
    void on(DossierTransitioned event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.execute(() -> send(event));
                }
            });
        } else {
            sender.execute(() -> send(event));
        }
    }

    /** Mails already queued still go out when the application stops. */
    @PreDestroy
    void drain() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void send(DossierTransitioned event) {
        if (event.applicantEmail() == null || event.applicantEmail().isBlank()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(event.applicantEmail());
        String action = messages.getMessage("dossier.action." + event.action(), null, event.action(), VIETNAMESE);
        message.setSubject(messages.getMessage("dossier.mail.subject", new Object[] {event.code(), action}, VIETNAMESE));
        String status = messages.getMessage(event.status().messageKey(), null, VIETNAMESE);
        message.setText(messages.getMessage("dossier.mail.body", new Object[] {event.code(), action, status,
                event.note() == null ? "" : event.note(), congso.publicUrl() + "/tai-khoan/ho-so/" + event.code()}, VIETNAMESE));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Could not mail {} about dossier {}: {}", event.applicantEmail(), event.code(), e.getMessage());
        }
    }
}
