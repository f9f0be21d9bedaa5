package vn.congso.publicservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.Department;
import vn.congso.files.BlobStore;
import vn.congso.files.StoredBlob;
import vn.congso.identity.AccountAdministration;
import vn.congso.identity.Role;
import vn.congso.publicservice.dossier.Attachments;
import vn.congso.publicservice.dossier.DossierClock;
import vn.congso.publicservice.dossier.DossierPdfs;
import vn.congso.publicservice.dossier.VerificationQr;
import vn.congso.publicservice.dossier.DossierRepository;
import vn.congso.publicservice.dossier.DossierRepository.Row;
import vn.congso.publicservice.dossier.PaperDigitiser;
import vn.congso.publicservice.dossier.ResultRepository;
import vn.congso.publicservice.dossier.ServiceEvents;
import vn.congso.publicservice.dossier.StepRules;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.WorkingCalendar;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningManagement;

/**
 * Processing a dossier through the procedure's internal steps (NĐ137 Đ7 k1; NĐ61/2018 and
 * TT01/2018 forms 02–05). Each action names the version it was decided on: when two people act on
 * the same step at once, one wins and the other is told (optimistic locking). Every transition is
 * audited and mailed to the applicant ({@link DossierTransitioned}).
 */
@Service
public class DossierProcessing {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(WorkingCalendar.VIETNAM);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierRepository dossiers;
    private final ResultRepository results;
    private final ProcedureCatalogue catalogue;
    private final CalendarManagement calendar;
    private final DossierManagement management;
    private final DossierQueries queries;
    private final AccountAdministration accounts;
    private final AgencyManagement agency;
    private final SigningManagement signing;
    private final DossierPdfs pdfs;
    private final BlobStore blobs;
    private final Attachments attachments;
    private final DossierClock clock;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final PaperDigitiser digitiser;
    private final VerificationQr verification;
    private final ServiceEvents monitoring;
    private final MessageSource messages;

    DossierProcessing(DossierRepository dossiers, ResultRepository results, ProcedureCatalogue catalogue,
                      CalendarManagement calendar, DossierManagement management, DossierQueries queries,
                      AccountAdministration accounts, AgencyManagement agency, SigningManagement signing,
                      DossierPdfs pdfs, BlobStore blobs, Attachments attachments, DossierClock clock,
                      ApplicationEventPublisher events, JdbcClient jdbc, PaperDigitiser digitiser,
                      ServiceEvents monitoring, VerificationQr verification, MessageSource messages) {
        this.messages = messages;
        this.verification = verification;
        this.digitiser = digitiser;
        this.monitoring = monitoring;
        this.dossiers = dossiers;
        this.results = results;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.management = management;
        this.queries = queries;
        this.accounts = accounts;
        this.agency = agency;
        this.signing = signing;
        this.pdfs = pdfs;
        this.blobs = blobs;
        this.attachments = attachments;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Hands the dossier to the next step; the hand-over is timed against the step's deadline (mẫu 04). */
    @Transactional
    public DossierView forward(String code, String actor, int version, String note) {
        Row row = actable(code, version, "FORWARD", DossierStatus.PROCESSING);
        ProcedureStep step = step(row);
        if (step.actor().equals(StepRules.LEADER) || row.stepPosition() >= steps(row).size() - 1) {
            throw new CongsoException(DossierError.ACTION_NOT_ALLOWED, "FORWARD", row.status());
        }
        requireActor(row, actor, "FORWARD");
        requireNotLate(row);
        return handOver(row, actor, "FORWARDED", DossierStatus.PROCESSING, note, null);
    }

    /**
     * Mẫu 02: what is missing and why, and until when the citizen may supplement (the close of office on
     * {@code supplementBy}, or after the configured working days when it is null). The clock stops until
     * the citizen supplements.
     */
    @Transactional
    public DossierView requestSupplement(String code, String actor, int version, String whatAndWhy, LocalDate supplementBy) {
        Row row = actable(code, version, "REQUEST_SUPPLEMENT", DossierStatus.PROCESSING);
        requireActor(row, actor, "REQUEST_SUPPLEMENT");
        requireReason(whatAndWhy);
        Instant now = clock.instant();
        Instant deadline = calendar.supplementDeadline(now, supplementBy);
        if (deadline == null) {
            throw new CongsoException(DossierError.SUPPLEMENT_DATE_INVALID);
        }
        update(row, DossierStatus.WAITING_SUPPLEMENT, row.stepPosition(), row.stepAssignee(), row.stepStartedAt(),
                row.stepDueAt(), row.dueAt(), now, null, whatAndWhy, null, null);
        dossiers.supplementDue(row.id(), deadline);
        return done(row, actor, "SUPPLEMENT_REQUESTED", DossierStatus.WAITING_SUPPLEMENT, null,
                whatAndWhy + " " + until(deadline));
    }

    /**
     * The citizen supplements; the clock resumes and both deadlines move by the office time it was
     * paused (the time the citizen takes to supplement is not counted against the agency): what was
     * left of each clock when it paused is left of it again when it resumes, to the minute, also when
     * the citizen answers within the day and the steps' allowances are in hours.
     */
    @Transactional
    public DossierView supplement(String code, String username, Map<String, String> values,
                                  List<DossierSubmission.Upload> uploads) {
        Row row = ownRow(code, username);
        if (row.status() != DossierStatus.WAITING_SUPPLEMENT) {
            throw new CongsoException(DossierError.ACTION_NOT_ALLOWED, "SUPPLEMENT", row.status());
        }
        Instant now = clock.instant();
        if (row.supplementClosed(now)) {
            throw new CongsoException(DossierError.SUPPLEMENT_TOO_LATE, code, MOMENT.format(row.supplementDueAt()));
        }
        if (values != null && !values.isEmpty()) {
            EForm form = management.eForm(row.procedureCode());
            Map<String, String> merged = new HashMap<>(row.formData());
            form.normalise(values).forEach((field, value) -> {
                if (values.containsKey(field)) {
                    merged.put(field, value);
                }
            });
            if (!form.problems(merged, LocalDate.ofInstant(now, WorkingCalendar.VIETNAM)).isEmpty()) {
                throw new CongsoException(DossierError.INVALID_FORM, 1);
            }
            dossiers.updateForm(row.id(), merged);
        }
        for (DossierSubmission.Upload upload : uploads) {
            Attachments.Checked checked = attachments.check(upload.fileName(), upload.content());
            dossiers.attachment(row.id(), upload.componentIndex(), upload.fileName(), checked.blob().sha256(),
                    checked.blob().contentType(), checked.blob().size(),
                    checked.verdict() == null ? null : checked.verdict().name(), now);
        }
        WorkingCalendar working = calendar.calendar();
        long paused = working.officeMinutesBetween(row.pausedAt(), now);
        update(row, DossierStatus.PROCESSING, row.stepPosition(), row.stepAssignee(), row.stepStartedAt(),
                working.addOfficeMinutes(row.stepDueAt(), paused), working.addOfficeMinutes(row.dueAt(), paused),
                null, null, null, null, null);
        return done(row, username, "SUPPLEMENTED", DossierStatus.PROCESSING, null, null);
    }

    /**
     * Mẫu 03: a coded reason with its legal ground, which the citizen always sees. A dossier waiting for
     * a supplement may be refused too; for not being supplemented only after the time it was given.
     */
    @Transactional
    public DossierView refuse(String code, String actor, int version, RefusalReason reason, String explanation) {
        Row row = load(code, version);
        if (row.status() != DossierStatus.PROCESSING && row.status() != DossierStatus.WAITING_SUPPLEMENT) {
            throw new CongsoException(DossierError.ACTION_NOT_ALLOWED, "REFUSE", row.status());
        }
        requireActor(row, actor, "REFUSE");
        if (reason == null) {
            throw new CongsoException(DossierError.UNKNOWN_REFUSAL_REASON, "");
        }
        requireReason(explanation);
        Instant now = clock.instant();
        // "not supplemented" holds only once the time the citizen was given has run out unanswered
        if (reason == RefusalReason.NOT_SUPPLEMENTED && !row.supplementClosed(now)) {
            throw new CongsoException(DossierError.SUPPLEMENT_STILL_OPEN);
        }
        update(row, DossierStatus.REFUSED, row.stepPosition(), row.stepAssignee(), row.stepStartedAt(), row.stepDueAt(),
                row.dueAt(), null, reason.name(), explanation, now, null);
        return done(row, actor, "REFUSED", DossierStatus.REFUSED, null, explanation);
    }

    /**
     * The leader approves: the result is generated from the procedure's template, signed with the
     * agency's signature and placed in the applicant's data store (NĐ137 Đ8 k4).
     */
    @Transactional
    public DossierView approve(String code, String actor, int version) {
        Row row = approvable(code, actor, version);
        Instant now = clock.instant();
        String resultCode = row.code() + "-KQ";
        Map<String, Object> model = new HashMap<>();
        model.put("dossier", queries.view(row));
        model.put("procedure", catalogue.get(row.procedureCode()));
        model.put("form", management.eForm(row.procedureCode()));
        model.put("agency", agency.profile().orElseThrow());
        model.put("resultCode", resultCode);
        model.put("issuedAt", now);
        String verifyUrl = verification.resultUrl(resultCode);
        model.put("verifyUrl", verifyUrl);
        model.put("verifyQr", verification.pngDataUri(verifyUrl));
        byte[] signed = signing.signAsAgency(pdfs.render("result", model), SignaturePlacement.bottomRightOfLastPage());
        StoredBlob blob = blobs.store(new java.io.ByteArrayInputStream(signed), "application/pdf", resultCode + ".pdf");
        results.insert(resultCode, row.id(), row.applicantUsername(), row.procedureCode(), row.formData(), blob.sha256(), now);
        return handOver(row, actor, "APPROVED", DossierStatus.RESULT_READY, null, resultCode);
    }

    /**
     * The leader approves a result issued on paper (signed and stamped by hand): its scan is converted to a
     * data message through the conversion module and placed in the applicant's data store like an
     * electronic result (NĐ137 Đ8 k4 đoạn 2).
     */
    @Transactional
    public DossierView approveWithPaperResult(String code, String actor, int version, byte[] scan, String fileName) {
        Row row = approvable(code, actor, version);
        Instant now = clock.instant();
        String resultCode = row.code() + "-KQ";
        PaperDigitiser.Digitised converted = digitiser.result(scan, fileName, actor);
        StoredBlob blob = blobs.store(new java.io.ByteArrayInputStream(converted.pdf()), "application/pdf", resultCode + ".pdf");
        results.insert(resultCode, row.id(), row.applicantUsername(), row.procedureCode(), row.formData(), blob.sha256(), now,
                converted.conversionCode());
        return handOver(row, actor, "APPROVED", DossierStatus.RESULT_READY, converted.conversionCode(), resultCode);
    }

    private Row approvable(String code, String actor, int version) {
        Row row = actable(code, version, "APPROVE", DossierStatus.PROCESSING);
        if (!step(row).actor().equals(StepRules.LEADER)) {
            throw new CongsoException(DossierError.ACTION_NOT_ALLOWED, "APPROVE", row.status());
        }
        requireActor(row, actor, "APPROVE");
        requireNotLate(row);
        return row;
    }

    /** The counter returns the result; the dossier is finished, early, on time or late against its appointment. */
    @Transactional
    public DossierView returnResult(String code, String actor, int version) {
        Row row = actable(code, version, "RETURN", DossierStatus.RESULT_READY);
        requireActor(row, actor, "RETURN");
        requireNotLate(row);
        Instant now = clock.instant();
        // a dossier that needed an apology (mẫu 05) missed its first appointment: it is finished late
        // whatever the new appointment says (QĐ766 2.1 counts it among the late ones)
        boolean apologised = dossiers.history(row.id()).stream().anyMatch(h -> "APOLOGISED".equals(h.action()));
        String timeliness = apologised ? "LATE" : StepRules.timeliness(now, row.dueAt());
        dossiers.history(row.id(), now, actor, "HANDED_OVER", row.stepPosition(), row.stepDueAt(),
                StepRules.timeliness(now, row.stepDueAt()), null);
        update(row, DossierStatus.FINISHED, row.stepPosition(), row.stepAssignee(), row.stepStartedAt(), row.stepDueAt(),
                row.dueAt(), null, null, null, now, row.resultCode());
        return done(row, actor, "FINISHED", DossierStatus.FINISHED, timeliness, null);
    }

    /** The citizen withdraws the dossier before it is decided. */
    @Transactional
    public DossierView withdraw(String code, String username) {
        Row row = ownRow(code, username);
        if (row.status() != DossierStatus.PROCESSING && row.status() != DossierStatus.WAITING_SUPPLEMENT) {
            throw new CongsoException(DossierError.ACTION_NOT_ALLOWED, "WITHDRAW", row.status());
        }
        update(row, DossierStatus.WITHDRAWN, row.stepPosition(), row.stepAssignee(), row.stepStartedAt(), row.stepDueAt(),
                row.dueAt(), row.pausedAt(), null, null, clock.instant(), null);
        return done(row, username, "WITHDRAWN", DossierStatus.WITHDRAWN, null, null);
    }

    /** Mẫu 05: a late dossier goes on only after an apology letter with a new appointment. */
    @Transactional
    public DossierView apologise(String code, String actor, int version, LocalDate newAppointment, String reason) {
        Row row = load(code, version);
        if (!row.status().open() || !clock.instant().isAfter(row.dueAt()) || newAppointment == null
                || !newAppointment.isAfter(day(clock.instant()))) {
            throw new CongsoException(DossierError.APOLOGY_NOT_NEEDED);
        }
        requireActor(row, actor, "APOLOGISE");
        requireReason(reason);
        Instant due = calendar.calendar().nextWorkingDay(newAppointment).atTime(WorkingCalendar.CLOSES)
                .atZone(WorkingCalendar.VIETNAM).toInstant();
        update(row, row.status(), row.stepPosition(), row.stepAssignee(), row.stepStartedAt(), row.stepDueAt(), due,
                row.pausedAt(), row.reasonCode(), row.reasonNote(), null, row.resultCode());
        return done(row, actor, "APOLOGISED", row.status(), null, reason);
    }

    /** A head or leader gives the step to another officer. The step's and the dossier's clocks run on. */
    @Transactional
    public DossierView reassign(String code, String actor, int version, String assignee) {
        Row row = load(code, version);
        Set<Role> roles = accounts.findByUsername(actor).map(a -> a.roles()).orElse(Set.of());
        if (!roles.contains(Role.HEAD) && !roles.contains(Role.LEADER) || !row.status().open()) {
            throw new CongsoException(DossierError.ROLE_NOT_ALLOWED, step(row).actor(), "REASSIGN");
        }
        if (!mayAct(row, assignee == null ? "" : assignee.strip())) {
            throw new CongsoException(DossierError.ASSIGNEE_NOT_ALLOWED, assignee, step(row).actor());
        }
        update(row, row.status(), row.stepPosition(), assignee, row.stepStartedAt(), row.stepDueAt(), row.dueAt(),
                row.pausedAt(), row.reasonCode(), row.reasonNote(), row.finishedAt(), row.resultCode());
        dossiers.history(row.id(), clock.instant(), actor, "REASSIGNED", row.stepPosition(), row.stepDueAt(), null, assignee);
        return queries.get(code);
    }

    /** Satisfaction after completion (NĐ42 Đ13 k5 b), once, kept private: only aggregates are shown. */
    @Transactional
    public void rate(String code, String username, int score) {
        Row row = ownRow(code, username);
        if (row.status() != DossierStatus.FINISHED && row.status() != DossierStatus.REFUSED || score < 1 || score > 5) {
            throw new CongsoException(DossierError.RATING_NOT_ALLOWED);
        }
        int inserted = jdbc.sql("""
                insert into publicservice_dossier_rating (dossier_id, score, rated_at) values (?, ?, ?) on conflict do nothing
                """).params(row.id(), score, java.sql.Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new CongsoException(DossierError.RATING_NOT_ALLOWED);
        }
        monitoring.record(ServiceEvents.RATED, row.procedureCode(), row.id(), username, null, clock.instant());
    }

    private DossierView handOver(Row row, String actor, String action, DossierStatus status, String note, String resultCode) {
        Instant now = clock.instant();
        dossiers.history(row.id(), now, actor, "HANDED_OVER", row.stepPosition(), row.stepDueAt(),
                StepRules.timeliness(now, row.stepDueAt()), note);
        int next = row.stepPosition() + 1;
        ProcedureStep nextStep = steps(row).get(next - 1);
        Instant stepDue = management.stepDue(now, nextStep);
        update(row, status, next, null, now, stepDue, row.dueAt(), null, null, null, null,
                resultCode == null ? row.resultCode() : resultCode);
        return done(row, actor, action, status, null, note);
    }

    private DossierView done(Row row, String actor, String action, DossierStatus status, String timeliness, String note) {
        Row now = dossiers.byCode(row.code()).orElseThrow();
        dossiers.history(row.id(), clock.instant(), actor, action, now.stepPosition(), now.stepDueAt(), timeliness, note);
        events.publishEvent(new DossierTransitioned(row.code(), action, status, row.applicantEmail(), note));
        return queries.view(now);
    }

    private void update(Row row, DossierStatus status, int step, String assignee, Instant stepStarted, Instant stepDue,
                        Instant due, Instant pausedAt, String reasonCode, String reasonNote, Instant finishedAt,
                        String resultCode) {
        if (!dossiers.update(row.id(), row.version(), status, step, assignee, stepStarted, stepDue, due, pausedAt,
                reasonCode, reasonNote, finishedAt, resultCode)) {
            throw new CongsoException(DossierError.CONCURRENT_CHANGE, row.code());
        }
    }

    private Row load(String code, int version) {
        Row row = dossiers.byCode(code).orElseThrow(() -> new CongsoException(DossierError.UNKNOWN_DOSSIER, code));
        if (row.version() != version) {
            throw new CongsoException(DossierError.CONCURRENT_CHANGE, code);
        }
        return row;
    }

    private Row actable(String code, int version, String action, DossierStatus required) {
        Row row = load(code, version);
        if (row.status() != required) {
            throw new CongsoException(DossierError.ACTION_NOT_ALLOWED, action, row.status());
        }
        return row;
    }

    private Row ownRow(String code, String username) {
        return dossiers.byCode(code).filter(r -> Objects.equals(r.applicantUsername(), username))
                .orElseThrow(() -> new CongsoException(DossierError.UNKNOWN_DOSSIER, code));
    }

    private void requireActor(Row row, String actor, String action) {
        if (!mayAct(row, actor)) {
            throw new CongsoException(DossierError.ROLE_NOT_ALLOWED, step(row).actor(), action);
        }
    }

    private boolean mayAct(Row row, String username) {
        return accounts.findByUsername(username).map(account -> {
            String department = account.departmentId() == null ? null
                    : agency.department(account.departmentId()).map(Department::code).orElse(null);
            return StepRules.mayAct(step(row), account.roles(), department);
        }).orElse(false);
    }

    private void requireNotLate(Row row) {
        if (clock.instant().isAfter(row.dueAt())) {
            throw new CongsoException(DossierError.APOLOGY_REQUIRED, row.code());
        }
    }

    private static void requireReason(String text) {
        if (text == null || text.isBlank()) {
            throw new CongsoException(DossierError.REASON_REQUIRED);
        }
    }

    private List<ProcedureStep> steps(Row row) {
        return catalogue.get(row.procedureCode()).steps();
    }

    private ProcedureStep step(Row row) {
        return steps(row).get(row.stepPosition() - 1);
    }

    /** The supplement's deadline as the history, the mail and mẫu 02 tell it (the agency's language). */
    private String until(Instant deadline) {
        return messages.getMessage("dossier.supplement.until", new Object[] {MOMENT.format(deadline)}, VIETNAMESE);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, WorkingCalendar.VIETNAM);
    }
}
