package vn.congso.portal.engagement.qa;

import jakarta.annotation.security.PermitAll;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.shared.CongsoException;

/** Q&amp;A as JSON: send a question, follow it by tracking code, list published answers. */
@RestController
@PermitAll
class QuestionApiController {

    /** What the asker learns about their question: no name, no address. */
    record Status(String code, QuestionStatus status, QuestionTopic topic, Instant receivedAt, String answer,
                  Instant answeredAt, String declineReason) {
    }

    record Published(long id, QuestionTopic topic, String question, String answer, Instant publishedAt, String url) {
    }

    record Receipt(String code, QuestionStatus status) {
    }

    record Submission(String name, String email, String topic, String content, Boolean consent, String website) {
    }

    private final Questions questions;

    QuestionApiController(Questions questions) {
        this.questions = questions;
    }

    @PostMapping("/api/v1/questions")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt submit(@RequestBody Submission s, Principal principal) {
        String code = questions.submit(new SubmitQuestion(s.name(), s.email(), s.topic(), s.content(),
                Boolean.TRUE.equals(s.consent()), s.website()), principal == null ? null : principal.getName());
        return new Receipt(code, QuestionStatus.RECEIVED);
    }

    @GetMapping("/api/v1/questions/{code}")
    Status status(@PathVariable String code) {
        Question q = questions.byCode(code).orElseThrow(() -> new CongsoException(EngagementError.QUESTION_NOT_FOUND));
        boolean answered = q.status() == QuestionStatus.ANSWERED || q.status() == QuestionStatus.PUBLISHED;
        return new Status(q.trackingCode(), q.status(), q.topic(), q.createdAt(), answered ? q.answer() : null,
                answered ? q.answeredAt() : null, q.declineReason());
    }

    @GetMapping("/api/v1/questions")
    List<Published> published(@RequestParam(name = "page", defaultValue = "0") int page) {
        return questions.published(page, QuestionController.PAGE_SIZE).stream()
                .map(q -> new Published(q.id(), q.topic(), q.publishedQuestion(), q.answer(), q.publishedAt(),
                        QuestionController.LIST + "/" + q.id()))
                .toList();
    }
}
