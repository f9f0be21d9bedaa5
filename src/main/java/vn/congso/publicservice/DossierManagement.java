package vn.congso.publicservice;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.identity.AccountDirectory;
import vn.congso.identity.AccountDirectory.Contact;
import vn.congso.publicservice.DossierSubmission.Applicant;
import vn.congso.publicservice.DossierSubmission.Receipt;
import vn.congso.publicservice.dossier.Attachments;
import vn.congso.publicservice.dossier.DossierClock;
import vn.congso.publicservice.dossier.DossierRepository;
import vn.congso.publicservice.dossier.DossierRepository.Row;
import vn.congso.publicservice.dossier.EForms;
import vn.congso.publicservice.dossier.PaperDigitiser;
import vn.congso.publicservice.dossier.ReceiptDesk;
import vn.congso.shared.database.CommitPipeline;
import vn.congso.publicservice.dossier.ResultRepository;
import vn.congso.publicservice.dossier.ServiceEvents;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.TimeLimit;
import vn.congso.shared.calendar.WorkingCalendar;

/**
 * Receiving dossiers online and at the one-stop counter (NĐ137 Đ7 k1 a), the e-form with
 * auto-fill and drafts, and what applicants and the public see of a dossier. Processing is in
 * {@link DossierProcessing}.
 */
@Service
public class DossierManagement {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ProcedureCatalogue catalogue;
    private final CalendarManagement calendar;
    private final EForms forms;
    private final DossierRepository dossiers;
    private final ResultRepository results;
    private final Attachments attachments;
    private final AccountDirectory directory;
    private final AgencyManagement agency;
    private final DossierClock clock;
    private final ApplicationEventPublisher events;
    private final PaperDigitiser digitiser;
    private final ServiceEvents monitoring;
    private final ReceiptDesk desk;
    private final CommitPipeline pipeline;

    DossierManagement(ProcedureCatalogue catalogue, CalendarManagement calendar, EForms forms,
                      DossierRepository dossiers, ResultRepository results, Attachments attachments,
                      AccountDirectory directory, AgencyManagement agency, DossierClock clock,
                      ApplicationEventPublisher events, PaperDigitiser digitiser, ServiceEvents monitoring,
                      ReceiptDesk desk, CommitPipeline pipeline) {
        this.desk = desk;
        this.pipeline = pipeline;
        this.digitiser = digitiser;
        this.monitoring = monitoring;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.forms = forms;
        this.dossiers = dossiers;
        this.results = results;
        this.attachments = attachments;
        this.directory = directory;
        this.agency = agency;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the procedure can be submitted online here (it has an e-form). */
    public boolean hasEForm(String procedureCode) {
        return forms.find(procedureCode).isPresent();
    }

    public EForm eForm(String procedureCode) {
        catalogue.get(procedureCode);
        return forms.find(procedureCode).orElseThrow(() -> new CongsoException(DossierError.NO_EFORM, procedureCode));
    }

    /**
     * The form's starting values: the saved draft if there is one, else the citizen's profile and the
     * data of results already in their store (NĐ137 Đ8 k4: results held in the store are reused).
     */
    @Transactional(readOnly = true)
    public Map<String, String> startingValues(String username, String procedureCode) {
        EForm form = eForm(procedureCode);
        Optional<Map<String, String>> draft = dossiers.draft(username, procedureCode);
        if (draft.isPresent()) {
            return form.normalise(draft.get());
        }
        return form.normalise(reusable(username, form, directory.contact(username)));
    }

    /** Values the citizen's profile and data store supply, by field name. */
    private Map<String, String> reusable(String username, EForm form, Optional<Contact> account) {
        Map<String, String> values = new LinkedHashMap<>();
        for (EForm.Field field : form.fields()) {
            String value = null;
            if (field.prefill() != null && account.isPresent()) {
                var a = account.get();
                value = switch (field.prefill()) {
                    case "fullName" -> a.fullName();
                    case "citizenId" -> a.citizenId();
                    case "phone" -> a.phone();
                    case "email" -> a.email();
                    default -> null;
                };
            } else if (field.reuse() != null) {
                String[] source = field.reuse().split(":", 2);
                value = results.latest(username, source[0]).map(r -> r.data().get(source[1])).orElse(null);
            }
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    /** NĐ42 Đ16 k1: someone opened a procedure's page (anonymous visitors have no username). */
    @Transactional
    public void recordView(String procedureCode, String username) {
        monitoring.record(ServiceEvents.VIEWED, procedureCode, null, username, null, clock.instant());
    }

    /** NĐ42 Đ16 k1: a citizen opened the e-form of a procedure. */
    @Transactional
    public void recordFormStarted(String procedureCode, String username) {
        monitoring.record(ServiceEvents.FORM_STARTED, procedureCode, null, username, null, clock.instant());
    }

    @Transactional
    public void saveDraft(String username, String procedureCode, Map<String, String> values) {
        dossiers.saveDraft(username, procedureCode, eForm(procedureCode).normalise(values), clock.instant());
    }

    /** Field problems of a submission; empty when it can be received. */
    public Map<String, EForm.Problem> problems(DossierSubmission submission) {
        EForm form = eForm(submission.procedureCode());
        return form.problems(form.normalise(submission.values()), today());
    }

    /**
     * A citizen submits online; the same idempotency key twice gives the first dossier back (the form is
     * checked again first, so a repeat of an invalid form gets the same field errors). The receipt
     * is written by the receipt desk, in a group with those submitted at the same moment, or in the
     * caller's transaction when there is one.
     */
    public Receipt submitOnline(String username, DossierSubmission submission) {
        try (ReceiptDesk.Preparing preparing = desk.preparing()) {
            return prepareAndReceiveOnline(username, submission);
        }
    }

    private Receipt prepareAndReceiveOnline(String username, DossierSubmission submission) {
        // a key used before is found by the receipt statement itself (its unique constraint), which then
        // gives the day's number back: no read first on every receipt for the rare repeated one
        Optional<Contact> found = directory.contact(username);
        Contact account = found.orElseThrow();
        EForm form = eForm(submission.procedureCode());
        Map<String, String> reused = reusable(username, form, found);
        Map<String, String> values = form.normalise(submission.values());
        // NĐ137 Đ8 k4, NĐ42 Đ16 k1: count each item taken from data the citizen had given before (indicator of reuse)
        Map<String, String> sources = new LinkedHashMap<>();
        for (EForm.Field f : form.fields()) {
            String value = reused.get(f.name());
            if (value != null && value.equals(values.get(f.name()))) {
                sources.put(f.name(), f.reuse() != null ? "store:" + f.reuse() : "profile:" + f.prefill());
            }
        }
        Row row = receive(submission, username, "ONLINE", null,
                new Applicant(account.fullName(), account.citizenId(), account.phone(), account.email()), sources);
        if (row == null) {
            return receipt(dossiers.byIdempotencyKey(username, submission.idempotencyKey()).orElseThrow(), true);
        }
        return receipt(row, false);
    }

    /**
     * A clerk enters a dossier handed in at the counter or sent by post. Its paper components are
     * scanned and digitised through the conversion module ({@link #digitisePaperComponent}).
     */
    @Transactional
    public Receipt receiveOnPaper(String clerkUsername, String applicantUsername, Applicant applicant,
                                  DossierSubmission submission, ReceiptChannel channel) {
        if (channel == ReceiptChannel.ONLINE) {
            throw new IllegalArgumentException("online dossiers are submitted by the citizen");
        }
        Row row = receive(submission, applicantUsername, channel.name(), clerkUsername, applicant, Map.of());
        return receipt(row, false);
    }

    /**
     * A paper component scanned at the counter becomes a data message through the conversion module
     * (NĐ137 Đ4 k2; NĐ45/2020 Đ8 k2: the counter digitises what it receives on paper): PDF/A, marker,
     * QR code, the agency's signature and an entry in the conversion register. The digitised-component
     * rate of the report counts the components with a conversion code.
     */
    PaperDigitiser.Digitised digitisePaperComponent(byte[] scan, String fileName, String clerk) {
        return digitiser.component(scan, fileName, clerk);
    }

    /**
     * Everything that needs no lock comes first; the receipt desk then writes it with the day's code
     * (one statement writes counter, dossier, history, events, reuse and removes the online draft), its
     * attachments, audit entry and mail.
     * Null when the applicant's idempotency key was used meanwhile.
     */
    private Row receive(DossierSubmission submission, String username, String channel, String clerk, Applicant applicant,
                        Map<String, String> reusedSources) {
        Procedure procedure = catalogue.get(submission.procedureCode());
        EForm form = eForm(procedure.code());
        Map<String, String> values = form.normalise(submission.values());
        Map<String, EForm.Problem> problems = form.problems(values, today());
        if (!problems.isEmpty()) {
            throw new CongsoException(DossierError.INVALID_FORM, problems.size());
        }
        boolean paper = !ReceiptChannel.ONLINE.name().equals(channel);
        List<PaperDigitiser.Digitised> digitised = submission.uploads().stream()
                .map(u -> paper ? digitisePaperComponent(u.content(), u.fileName(), clerk) : new PaperDigitiser.Digitised(u.content(), null))
                .toList();
        List<Attachments.Checked> checked = new java.util.ArrayList<>();
        for (int i = 0; i < digitised.size(); i++) {
            checked.add(attachments.check(submission.uploads().get(i).fileName(), digitised.get(i).pdf()));
        }
        // as the database keeps it (microseconds): the receipt returns the row as sent, not read back
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        AgencyProfile profile = agency.profile().orElseThrow();
        DossierCodes.CodeDay day = DossierCodes.day(profile.identifierCode(), now);
        TimeLimit limit = procedure.timeLimit() == null ? TimeLimit.workingDays(0) : procedure.timeLimit();
        // TT01/2018 mẫu 01: the appointment counts from receipt on the working calendar,
        // from the next working day when received after the cut-off hour
        Instant due = calendar.dueAt(now, limit);
        ProcedureStep first = procedure.steps().get(0);
        Instant stepDue = stepDue(now, first);
        String name = applicant.fullName() == null || applicant.fullName().isBlank()
                ? values.getOrDefault("applicantName", "") : applicant.fullName();
        String email = values.getOrDefault("applicantEmail", "").isBlank() ? applicant.email() : values.get("applicantEmail");
        var receipt = new DossierRepository.Receipt(new DossierRepository.NewDossier(procedure.code(), username,
                name, applicant.citizenId(), applicant.phone(), email, values, channel, clerk, now, due, stepDue,
                secret(), submission.idempotencyKey()), clerk == null ? username : clerk, 1, reusedSources);
        Optional<Row> received = desk.receive(receipt, day, code -> {
            for (int i = 0; i < checked.size(); i++) {
                Attachments.Checked c = checked.get(i);
                DossierSubmission.Upload upload = submission.uploads().get(i);
                pipeline.add(dossiers.attachmentOfReceipt(code, upload.componentIndex(), upload.fileName(),
                        c.blob().sha256(), c.blob().contentType(), c.blob().size(),
                        c.verdict() == null ? null : c.verdict().name(), digitised.get(i).conversionCode(), now));
            }
            events.publishEvent(new DossierTransitioned(code, "RECEIVED", DossierStatus.PROCESSING, email, null));
        });
        return received.orElse(null);
    }

    /** A step's deadline: its allowance in office hours from when it starts. */
    Instant stepDue(Instant from, ProcedureStep step) {
        return calendar.calendar().dueAt(from, TimeLimit.hours(step.allowanceHours()), 24);
    }

    private Receipt receipt(Row row, boolean repeated) {
        return new Receipt(row.code(), row.lookupSecret(), row.receivedAt(), row.dueAt(), repeated);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM);
    }

    private static String secret() {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            secret.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }
}
