package vn.congso.portal.engagement.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;

/** The mail queue loses nothing when the mail server is down and never sends a message twice. */
@CongsoIntegrationTest
class MailDispatcherTests {

    @Autowired
    MailQueue queue;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndIsSentOnceItIsBack() {
        String email = "hang-doi." + System.nanoTime() + "@example.vn";
        transactions.executeWithoutResult(tx -> queue.enqueue(email, "Thông báo họp dân", "Họp dân lúc 8 giờ sáng Chủ nhật.", null));
        dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
        Map<String, Object> row = jdbc.sql("select state, attempts, last_error from portal_channel_mail where recipient = ?")
                .param(email).query().singleRow();
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();

        GreenMail smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        try {
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(2)));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).hasSize(1);
            assertThat(jdbc.sql("select state from portal_channel_mail where recipient = ?").param(email)
                    .query(String.class).single()).isEqualTo("SENT");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMessageAnotherInstanceHoldsIsSkippedNotSentTwice() throws Exception {
        String email = "khoa." + System.nanoTime() + "@example.vn";
        transactions.executeWithoutResult(tx -> queue.enqueue(email, "Lịch cắt điện", "Cắt điện từ 7 giờ đến 11 giờ.", null));
        GreenMail smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from portal_channel_mail where recipient = ? for update")) {
                lock.setString(1, email);
                lock.executeQuery();
            }
            // the other instance is sending this message right now
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).isEmpty();
            other.rollback();

            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
