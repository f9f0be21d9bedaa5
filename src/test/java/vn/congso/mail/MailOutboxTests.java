package vn.congso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;

/** The mail outbox loses nothing when the mail server is down and never sends a message twice. */
@CongsoIntegrationTest
class MailOutboxTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndIsSentOnceItIsBack() {
        String email = "hang-doi." + System.nanoTime() + "@example.vn";
        transactions.executeWithoutResult(tx -> outbox.queue(OutgoingMail.to(email, "Thông báo họp dân", "Họp dân lúc 8 giờ sáng Chủ nhật.")));
        // this round or the worker woken by the commit tries once; the other finds nothing due before the retry wait
        outbox.dispatchDue(Instant.now());
        Map<String, Object> row = jdbc.sql("select state, attempts, last_error from mail_outbox where recipient = ?")
                .param(email).query().singleRow();
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();

        GreenMail smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        try {
            outbox.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            outbox.dispatchDue(Instant.now().plus(Duration.ofDays(2)));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).hasSize(1);
            assertThat(jdbc.sql("select state from mail_outbox where recipient = ?").param(email)
                    .query(String.class).single()).isEqualTo("SENT");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMessageAnotherInstanceHoldsIsSkippedNotSentTwice() throws Exception {
        String email = "khoa." + System.nanoTime() + "@example.vn";
        transactions.executeWithoutResult(tx -> outbox.queue(OutgoingMail.to(email, "Lịch cắt điện", "Cắt điện từ 7 giờ đến 11 giờ.")));
        // the worker woken by the commit tries while no server listens, so the row waits for its retry
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(email) >= 1);
        GreenMail smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from mail_outbox where recipient = ? for update")) {
                lock.setString(1, email);
                lock.executeQuery();
            }
            // the other instance is sending this message right now
            outbox.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).isEmpty();
            other.rollback();

            outbox.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            outbox.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMessageThatCannotBeAddressedIsGivenUpWhileTheRestOfItsBatchIsSent() {
        String first = "lo-mot." + System.nanoTime() + "@example.vn";
        String unaddressable = "khong hop le." + System.nanoTime() + "@@example.vn";
        String last = "lo-ba." + System.nanoTime() + "@example.vn";
        GreenMail smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        try {
            transactions.executeWithoutResult(tx -> {
                for (String email : List.of(first, unaddressable, last)) {
                    outbox.queue(OutgoingMail.to(email, "Lịch tiêm chủng", "Tiêm chủng tại trạm y tế xã thứ Hai."));
                }
            });
            // this round or the worker woken by the commit sends the batch; the other finds nothing due
            outbox.dispatchDue(Instant.now());
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailOutboxTests::recipient)).contains(first, last);
            assertThat(jdbc.sql("select state from mail_outbox where recipient in (?, ?)").params(first, last)
                    .query(String.class).list()).containsExactly("SENT", "SENT");
            assertThat(attempts(unaddressable)).isEqualTo(1);
            assertThat(jdbc.sql("select state from mail_outbox where recipient = ?").param(unaddressable)
                    .query(String.class).single()).as("no retry makes the address valid").isEqualTo("FAILED");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aListMessageCarriesTheSenderAndTheOneClickUnsubscribeHeaders() throws Exception {
        String email = "danh-sach." + System.nanoTime() + "@example.vn";
        GreenMail smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        try {
            outbox.queue(OutgoingMail.to(email, "Bản tin tháng 12", "Tin tức của xã.")
                    .withUnsubscribeUrl("https://xa.example.vn/api/huy?t=abc"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                outbox.dispatchDue(Instant.now());
                assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).hasSize(1);
            });
            jakarta.mail.internet.MimeMessage message = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals(email)).findFirst().orElseThrow();
            assertThat(message.getFrom()[0].toString()).isEqualTo("no-reply@localhost");
            assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://xa.example.vn/api/huy?t=abc>");
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        } finally {
            smtp.stop();
        }
    }

    private int attempts(String email) {
        return jdbc.sql("select attempts from mail_outbox where recipient = ?").param(email).query(Integer.class).single();
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
