package vn.congso.portal.engagement.qa;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.audit.AuditLog;
import vn.congso.mail.MailOutbox;
import vn.congso.mail.OutgoingMail;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.portal.engagement.channel.MailText;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Questions and comments from the public and their answers (NĐ42 Đ8 k1 a): received with a
 * tracking code, assigned, answered by e-mail, published without the asker's name or address
 * (Đ8 k1 đ) or declined with a reason. Every change is in the audit log, without personal data.
 */
@Service
class Questions {

    static final String AUDIT_TYPE = "question";
    private static final Logger log = LoggerFactory.getLogger(Questions.class);

    private final QuestionRepository repository;
    private final MailOutbox mail;
    private final MailText texts;
    private final AuditLog audit;
    private final ChannelManagement channels;
    private final ObjectProvider<SearchIndexing> search;

    Questions(QuestionRepository repository, MailOutbox mail, MailText texts, AuditLog audit, ChannelManagement channels,
              ObjectProvider<SearchIndexing> search) {
        this.repository = repository;
        this.mail = mail;
        this.texts = texts;
        this.audit = audit;
        this.channels = channels;
        this.search = search;
    }

    /**
     * Receives a question and e-mails its tracking code. A filled honeypot is a robot: it gets a code
     * that looks like any other, but nothing is stored or sent, so it learns nothing to adapt to.
     *
     * @throws CongsoException {@link EngagementError#QUESTION_INVALID} naming the wrong fields
     */
    @Transactional
    public String submit(SubmitQuestion q, String accountName) {
        if (q.website() != null && !q.website().isBlank()) {
            log.info("question form honeypot filled; nothing stored");
            return TrackingCode.next();
        }
        Map<String, String> wrong = QuestionRules.check(q);
        if (!wrong.isEmpty()) {
            throw new CongsoException(EngagementError.QUESTION_INVALID, String.join(", ", wrong.keySet()));
        }
        String code = TrackingCode.next();
        while (repository.codeTaken(code)) {
            code = TrackingCode.next();
        }
        QuestionTopic topic = QuestionTopic.parse(q.topic());
        String email = q.email().strip().toLowerCase(java.util.Locale.ROOT);
        long id = repository.insert(code, nfc(q.name()), email, accountName, topic, nfc(q.content()), Instant.now());
        mail.queue(OutgoingMail.to(email, texts.text("engagement.mail.received.subject", code),
                texts.text("engagement.mail.received.body", nfc(q.name()), code, trackingLink(code))));
        audit.record("portal.question.received", AUDIT_TYPE, String.valueOf(id), topic.name());
        return code;
    }

    @Transactional(readOnly = true)
    public Optional<Question> byCode(String typed) {
        String code = TrackingCode.normalise(typed);
        return code == null ? Optional.empty() : repository.byCode(code);
    }

    @Transactional(readOnly = true)
    public Question byId(long id) {
        return repository.byId(id).orElseThrow(() -> new CongsoException(EngagementError.QUESTION_NOT_FOUND));
    }

    /** A published question; unpublished ones do not exist for the public. */
    @Transactional(readOnly = true)
    public Question published(long id) {
        return repository.byId(id).filter(q -> q.status() == QuestionStatus.PUBLISHED)
                .orElseThrow(() -> new CongsoException(EngagementError.QUESTION_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public List<Question> published(int page, int size) {
        return repository.published(Math.max(page, 0) * size, size);
    }

    @Transactional(readOnly = true)
    public long publishedCount() {
        return repository.publishedCount();
    }

    @Transactional(readOnly = true)
    public List<Question> queue(List<QuestionStatus> statuses) {
        return repository.withStatus(statuses, 200);
    }

    @Transactional
    public void assign(long id, String department, String assignee) {
        Question q = open(id, "assign");
        repository.assign(id, clean(department), clean(assignee), Instant.now());
        audit.record("portal.question.assigned", AUDIT_TYPE, String.valueOf(id),
                "department: " + clean(department) + "; officer: " + clean(assignee) + " (was " + q.status() + ")");
    }

    /** Records the answer and e-mails it to the asker (NĐ42 Đ8 k1 a: "nhận kết quả xử lý"). */
    @Transactional
    public void answer(long id, String answer, String officer) {
        Question q = open(id, "answer");
        if (QuestionRules.blank(answer)) {
            throw new CongsoException(EngagementError.QUESTION_INVALID, "answer");
        }
        String text = nfc(answer).strip();
        repository.answer(id, text, officer, Instant.now());
        mail.queue(OutgoingMail.to(q.askerEmail(), texts.text("engagement.mail.answered.subject", q.trackingCode()),
                texts.text("engagement.mail.answered.body", q.askerName(), q.content(), text,
                        trackingLink(q.trackingCode()))));
        audit.record("portal.question.answered", AUDIT_TYPE, String.valueOf(id), null);
    }

    /**
     * Publishes an answered question: the public sees the question (as edited by staff, to remove
     * personal details) and the answer, never the asker's name or address (NĐ42 Đ8 k1 đ).
     */
    @Transactional
    public void publish(long id, String publicQuestion) {
        Question q = repository.lock(id).orElseThrow(() -> new CongsoException(EngagementError.QUESTION_NOT_FOUND));
        if (q.status() != QuestionStatus.ANSWERED) {
            throw new CongsoException(EngagementError.QUESTION_WRONG_STATUS, q.status().name(), "publish");
        }
        String shown = QuestionRules.blank(publicQuestion) ? q.content() : nfc(publicQuestion).strip();
        repository.publish(id, shown, Instant.now());
        audit.record("portal.question.published", AUDIT_TYPE, String.valueOf(id), null);
        Question published = repository.byId(id).orElseThrow();
        channels.announce(new Announcement("hoi-dap", QuestionSearchSource.title(shown), "/hoi-dap/" + id,
                QuestionSearchSource.excerpt(published.answer())));
        afterCommit(() -> search.ifAvailable(index -> index.index(List.of(QuestionSearchSource.document(published)))));
    }

    /** Declines with a reason the asker is told by e-mail and on the tracking page. */
    @Transactional
    public void decline(long id, String reason) {
        Question q = open(id, "decline");
        if (QuestionRules.blank(reason)) {
            throw new CongsoException(EngagementError.QUESTION_INVALID, "reason");
        }
        String text = nfc(reason).strip();
        repository.decline(id, text, Instant.now());
        mail.queue(OutgoingMail.to(q.askerEmail(), texts.text("engagement.mail.declined.subject", q.trackingCode()),
                texts.text("engagement.mail.declined.body", q.askerName(), text, trackingLink(q.trackingCode()))));
        audit.record("portal.question.declined", AUDIT_TYPE, String.valueOf(id), text);
    }

    private Question open(long id, String action) {
        Question q = repository.lock(id).orElseThrow(() -> new CongsoException(EngagementError.QUESTION_NOT_FOUND));
        if (!q.status().open() && !(action.equals("answer") && q.status() == QuestionStatus.ANSWERED)) {
            throw new CongsoException(EngagementError.QUESTION_WRONG_STATUS, q.status().name(), action);
        }
        return q;
    }

    private String trackingLink(String code) {
        return texts.link(QuestionController.TRACK + "?ma=" + code);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    static final Set<QuestionStatus> QUEUE = Set.of(QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED, QuestionStatus.ANSWERED);

    private static String nfc(String value) {
        return VietnameseText.nfc(value == null ? null : value.strip());
    }

    private static String clean(String value) {
        return QuestionRules.blank(value) ? null : nfc(value);
    }
}
