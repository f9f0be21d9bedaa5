package vn.congso.publicservice.dossier;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.publicservice.DossierTransitioned;
import vn.congso.shared.CongsoProperties;
import vn.congso.shared.VietnameseText;

/**
 * Tells the applicant of every transition by e-mail (NĐ137 Đ7 k1 c: the citizen is informed of each
 * step). The mail is a row of {@code publicservice_dossier_mail} written in the transition's own
 * transaction, so it exists exactly when the transition committed and survives a restart or an SMTP
 * outage. A worker sends the due rows, locked with {@code for update skip locked} (two instances never
 * take the same mail), marks them sent in the transaction that sent them (a crash before that commit
 * sends the mail again: at least once, never lost) and retries a failed one with a growing wait. A
 * receipt never waits for the SMTP conversation (bench/dossiers.sh): the commit only wakes the worker.
 */
@Component
class DossierMail {

    private static final Logger log = LoggerFactory.getLogger(DossierMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int BATCH = 50;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** 30 s, 1 min, 2 min, … then hourly: about two days of outage before a mail is given up. */
    private static final int MAX_ATTEMPTS = 55;

    private final JavaMailSender mail;
    private final MessageSource messages;
    private final CongsoProperties congso;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** One sending thread; a wake-up while one is already waiting adds nothing, that one will see the new rows. */
    private final ThreadPoolExecutor waker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
            runnable -> {
                Thread thread = new Thread(runnable, "dossier-mail");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    DossierMail(JavaMailSender mail, MessageSource messages, CongsoProperties congso, JdbcClient jdbc,
                TransactionTemplate transactions) {
        this.mail = mail;
        this.messages = messages;
        this.congso = congso;
        this.jdbc = jdbc;
        this.transactions = transactions;
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
        jdbc.sql("insert into publicservice_dossier_mail (dossier_code, recipient, subject, body) values (?, ?, ?, ?)")
                .params(event.code(), event.applicantEmail(), VietnameseText.nfc(subject), VietnameseText.nfc(body))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Also picks up what a wake-up missed: mails due for a retry, mails left by a stopped instance. */
    @Scheduled(fixedDelayString = "${congso.publicservice.mail-poll:10s}",
            initialDelayString = "${congso.publicservice.mail-poll:10s}")
    void poll() {
        dispatchDue(Instant.now());
    }

    /** Sends every mail due at {@code now}, batch after batch; returns how many were sent. */
    int dispatchDue(Instant now) {
        int sent = 0;
        while (true) {
            int[] batch = transactions.execute(tx -> {
                List<Pending> due = lockDue(now);
                return new int[] {due.size(), due.isEmpty() ? 0 : send(due, now)};
            });
            sent += batch[1];
            // a batch with a failure stops the round: the server is likely down, the rest waits for the next
            if (batch[0] < BATCH || batch[1] < batch[0]) {
                return sent;
            }
        }
    }

    /** Sending stops with the application; what is not sent stays queued for the next start. */
    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    private void wake() {
        if (!waker.isShutdown()) {
            waker.execute(() -> {
                try {
                    dispatchDue(Instant.now());
                } catch (RuntimeException e) {
                    log.warn("Dossier mails not dispatched now, the next poll retries: {}", e.getMessage());
                }
            });
        }
    }

    private List<Pending> lockDue(Instant now) {
        return jdbc.sql("""
                select id, recipient, subject, body, attempts from publicservice_dossier_mail
                where state = 'PENDING' and next_attempt_at <= ? order by id limit ? for update skip locked
                """).params(Timestamp.from(now), BATCH)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /**
     * Sends a batch over one SMTP connection (one conversation per mail could not keep up with the
     * receipts, bench/dossiers.sh) and records each mail's outcome; returns how many were sent.
     */
    private int send(List<Pending> due, Instant now) {
        SimpleMailMessage[] messages = new SimpleMailMessage[due.size()];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = new SimpleMailMessage();
            messages[i].setTo(due.get(i).recipient());
            messages[i].setSubject(due.get(i).subject());
            messages[i].setText(due.get(i).body());
        }
        Map<Object, Exception> failed = new HashMap<>();
        try {
            mail.send(messages);
        } catch (MailSendException e) {
            // names each mail that did not go; after a lost connection, every one from there on
            failed.putAll(e.getFailedMessages());
        } catch (MailException e) {
            for (SimpleMailMessage message : messages) {
                failed.put(message, e);
            }
        }
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            Exception problem = failed.get(messages[i]);
            if (problem == null) {
                sent.add(due.get(i).id());
            } else {
                retryLater(due.get(i), problem, now);
            }
        }
        jdbc.sql("update publicservice_dossier_mail set state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = any(?)")
                .params(Timestamp.from(now), sent.toArray(Long[]::new)).update();
        return sent.size();
    }

    private void retryLater(Pending pending, Exception problem, Instant now) {
        int attempts = pending.attempts() + 1;
        log.info("Dossier mail {} to {} not sent (attempt {}): {}", pending.id(), pending.recipient(), attempts, problem.getMessage());
        jdbc.sql("update publicservice_dossier_mail set state = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts,
                        Timestamp.from(now.plus(backoff(pending.attempts()))), String.valueOf(problem.getMessage()), pending.id())
                .update();
    }

    /** 30 s after the first failure, doubling, at most an hour. */
    static Duration backoff(int failedBefore) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedBefore, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts) {
    }
}
