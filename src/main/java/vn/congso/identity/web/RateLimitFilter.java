package vn.congso.identity.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congso.identity.IdentityProperties;

/**
 * Per client address, in memory: login attempts, and every POST by a visitor who is not logged in
 * (registration, public forms, the public API). Over the limit the answer is 429 with
 * {@code Retry-After}; the error page turns it into the friendly page or, under {@code /api/}, a problem
 * document. The address is the one Spring's forwarded-header handling resolved (X-Forwarded-For from
 * the reverse proxy). Runs in the security chain after the session's login is known.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    // a bucket a minute old and full again is the same as a new one: forget them when there are many
    private static final int MAX_ADDRESSES = 100_000;

    private final IdentityProperties.RateLimit limits;
    private final String loginPath;
    private final Map<String, Bucket> loginBuckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> anonymousBuckets = new ConcurrentHashMap<>();

    RateLimitFilter(IdentityProperties.RateLimit limits, String loginPath) {
        this.limits = limits;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ConsumptionProbe probe;
        if (path.equals(loginPath)) {
            probe = bucket(loginBuckets, request.getRemoteAddr(), limits.loginPerMinute()).tryConsumeAndReturnRemaining(1);
        } else if (anonymous()) {
            probe = bucket(anonymousBuckets, request.getRemoteAddr(), limits.anonymousPostPerMinute())
                    .tryConsumeAndReturnRemaining(1);
        } else {
            chain.doFilter(request, response);
            return;
        }
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String address, int perMinute) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
