package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congso.publicservice.dossier.DossierFixtures.CITIZEN;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.mail.MailOutbox;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;

/** Dossier mails are outbox rows of the transition's transaction, sent by a worker that retries (NĐ137 Đ7 k1 c). */
@CongsoIntegrationTest
class DossierMailTests {

    private final GreenMail smtp = new GreenMail(TestSmtp.SETUP);
    private final List<String> received = new ArrayList<>();

    @Autowired
    DossierManagement management;
    @Autowired
    DossierProcessing processing;
    @Autowired
    MailOutbox mails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DossierClock clock;

    @BeforeEach
    void receiveInMarch() {
        // a receipt day of the other dossier tests
        clock.set(Instant.parse("2026-03-25T02:00:00Z"));
    }

    @AfterEach
    void stopSmtpAndResetClock() {
        // closed in March: the report tests count every dossier still open in the month they report on
        received.forEach(code -> processing.withdraw(code, CITIZEN));
        smtp.stop();
        clock.reset();
    }

    private String submit() {
        String code = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        received.add(code);
        return code;
    }

    @Test
    void theReceiptMailArrivesAfterTheCommit() {
        smtp.start();
        String code = submit();
        await().atMost(Duration.ofSeconds(20)).until(() -> subjectsAbout(code).size() == 1);
        assertThat(subjectsAbout(code)).containsExactly("Hồ sơ " + code + ": Tiếp nhận hồ sơ");
        // the row is marked sent by the transaction that sent it, which commits just after the delivery
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(state(code)));
    }

    @Test
    void aMailQueuedWhileTheServerIsDownIsDeliveredOnceItIsUp() {
        String code = submit();
        // this round or the worker woken by the commit (the row is skipped while the other holds it) fails
        mails.dispatchDue(Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select attempts from mail_outbox where reference = ?")
                .param(code).query(Integer.class).single() >= 1);
        assertThat(state(code)).isEqualTo("PENDING");

        smtp.start();
        // past the retry wait: the worker sends it on its next round
        mails.dispatchDue(Instant.now().plus(Duration.ofHours(2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> subjectsAbout(code).size() == 1);
        assertThat(state(code)).isEqualTo("SENT");
        mails.dispatchDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(subjectsAbout(code)).hasSize(1);
    }

    @Test
    void aRolledBackTransitionSendsNothing() {
        smtp.start();
        String code = transactions.execute(tx -> {
            String received = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
            tx.setRollbackOnly();
            return received;
        });
        mails.dispatchDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(jdbc.sql("select count(*) from mail_outbox where reference = ?").param(code)
                .query(Integer.class).single()).isZero();
        assertThat(subjectsAbout(code)).isEmpty();
    }

    private String state(String code) {
        return jdbc.sql("select state from mail_outbox where reference = ?").param(code)
                .query(String.class).single();
    }

    private List<String> subjectsAbout(String code) {
        return Arrays.stream(smtp.getReceivedMessages()).map(DossierMailTests::subject).filter(s -> s.contains(code)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
