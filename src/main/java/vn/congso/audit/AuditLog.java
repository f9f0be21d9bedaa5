package vn.congso.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congso.audit.persistence.AuditRepository;
import vn.congso.shared.database.CommitPipeline;
import vn.congso.shared.VietnameseText;

/**
 * Records actions in the chained audit log and verifies the chain. An entry joins the caller's
 * transaction: it exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    /** Who acts and from where: taken on the thread that serves the request, for work done on another. */
    public record Origin(String actor, String remoteAddress) {
    }

    private static final ThreadLocal<Origin> ACTING = new ThreadLocal<>();

    private final AuditRepository repository;
    private final Clock clock;
    /** A transaction's entries go into the chain together just before it commits: the chain lock is held only then. */
    private final CommitPipeline.Batch<AuditRepository.NewEntry> pending;

    AuditLog(AuditRepository repository, CommitPipeline pipeline) {
        this.repository = repository;
        this.clock = Clock.systemUTC();
        this.pending = pipeline.batch(repository::append);
    }

    /**
     * Records an action by whoever is logged in (or {@code anonymous} / {@code system}). The entry is
     * written when the surrounding transaction commits and not at all if it rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, String objectId, String details) {
        recordAs(origin().actor(), action, objectType, objectId, details);
    }

    /** The actor and address entries recorded now on this thread would carry. */
    public Origin origin() {
        Origin acting = ACTING.get();
        return acting != null ? acting : new Origin(currentActor(), remoteAddress());
    }

    /** Runs {@code work} with entries recorded as by {@code origin} (work handed to another thread). */
    public void actingAs(Origin origin, Runnable work) {
        Origin before = ACTING.get();
        ACTING.set(origin);
        try {
            work.run();
        } finally {
            ACTING.set(before);
        }
    }

    /** Records an action on behalf of a named actor (e.g. a user name at a failed login). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String objectType, String objectId, String details) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String normalisedDetails = VietnameseText.nfc(details);
        String remote = origin().remoteAddress();
        pending.add(new AuditRepository.NewEntry(now, actor, action, objectType, objectId, normalisedDetails, remote,
                AuditChain.tail(now, actor, action, objectType, objectId, normalisedDetails, remote)));
    }

    /** Events that declare themselves auditable are recorded in the publisher's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(Auditable event) {
        record(event.auditAction(), event.auditObjectType(), event.auditObjectId(), event.auditDetails());
    }

    /** Walks the whole chain in order and names the first entry that does not hold. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AtomicLong count = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditChain.GENESIS);
        AtomicLong expectedId = new AtomicLong(1);
        AtomicReference<AuditVerification> broken = new AtomicReference<>();
        repository.forEachInOrder(entry -> {
            count.incrementAndGet();
            if (broken.get() != null) {
                return;
            }
            if (entry.id() != expectedId.get()) {
                broken.set(new AuditVerification(0, entry.id(), "gap"));
            } else if (!entry.previousHash().equals(previous.get())) {
                broken.set(new AuditVerification(0, entry.id(), "link"));
            } else if (!AuditChain.matches(entry)) {
                broken.set(new AuditVerification(0, entry.id(), "content"));
            }
            previous.set(entry.hash());
            expectedId.set(entry.id() + 1);
        });
        AuditVerification result = broken.get();
        return result == null ? new AuditVerification(count.get(), null, null)
                : new AuditVerification(count.get(), result.firstBroken(), result.reason());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return repository.recent(limit, null, null);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String objectType, String objectId, int limit) {
        return repository.recent(limit, objectType, objectId);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return SYSTEM;
        }
        return auth instanceof AnonymousAuthenticationToken ? ANONYMOUS : auth.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
