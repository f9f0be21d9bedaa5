package vn.congso.portal.engagement.channel;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.shared.CongsoException;

/**
 * The target of the {@code List-Unsubscribe} header: mail clients POST
 * {@code List-Unsubscribe=One-Click} to it without cookies or a page (RFC 8058), which is why it
 * lives under {@code /api}, where an anonymous call needs no CSRF token.
 */
@RestController
@PermitAll
class SubscriptionApiController {

    private final Subscriptions subscriptions;

    SubscriptionApiController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(Subscriptions.UNSUBSCRIBE_API)
    ResponseEntity<Void> unsubscribe(@RequestParam("t") String token) {
        subscriptions.unsubscribe(token).orElseThrow(() -> new CongsoException(EngagementError.SUBSCRIPTION_TOKEN_UNKNOWN));
        return ResponseEntity.noContent().build();
    }
}
