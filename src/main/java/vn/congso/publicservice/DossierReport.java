package vn.congso.publicservice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.Department;
import vn.congso.publicservice.dossier.DossierClock;
import vn.congso.publicservice.dossier.DossierPdfs;
import vn.congso.publicservice.dossier.ReportFacts;
import vn.congso.publicservice.dossier.ReportFacts.Fact;
import vn.congso.publicservice.dossier.ServiceEvents;
import vn.congso.publicservice.dossier.StepRules;
import vn.congso.shared.calendar.WorkingCalendar;

/**
 * The monthly report on dossiers (NĐ42 Đ16 k1: monitoring per service, participant and step,
 * automated), for the agency, per department and per procedure, with the indicators of Decision
 * 766/QĐ-TTg the data support: each carries its formula, target and points; one whose denominator is
 * zero is not scored rather than shown as 0 % or 100 %. Every dossier is one row of the facts, so one
 * that passes through several departments is counted once, under the department that leads it.
 */
@Service
public class DossierReport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> CHANNELS = List.of("ONLINE", "COUNTER", "POST");

    private final ReportFacts facts;
    private final ServiceEvents events;
    private final ProcedureCatalogue catalogue;
    private final AgencyManagement agency;
    private final DossierPdfs pdfs;
    private final DossierClock clock;
    private final MessageSource messages;
    private final CalendarManagement calendar;

    DossierReport(ReportFacts facts, ServiceEvents events, ProcedureCatalogue catalogue, AgencyManagement agency,
                  DossierPdfs pdfs, DossierClock clock, MessageSource messages, CalendarManagement calendar) {
        this.calendar = calendar;
        this.facts = facts;
        this.events = events;
        this.catalogue = catalogue;
        this.agency = agency;
        this.pdfs = pdfs;
        this.clock = clock;
        this.messages = messages;
    }

    /** A count in the report. */
    public record Count(String key, long value) {
    }

    /** A ratio: numerator / denominator as a percentage; {@code null} value = not scored (denominator 0). */
    public record Indicator(String key, long numerator, long denominator) {
        public Double percent() {
            return denominator == 0 ? null : Math.round(1000.0 * numerator / denominator) / 10.0;
        }
    }

    /** A QĐ766 indicator: its ratio when the data support it (null otherwise) and the points it earns. */
    public record Scored(Qd766Indicator definition, Indicator ratio) {
        public Double points() {
            return ratio == null ? null : definition.points(ratio.percent());
        }
    }

    /** The figures of one part of the agency: all of it, a department or a procedure. */
    public record Section(String key, String name, List<Count> counts, Double averageHours, Double averageSatisfaction,
                          List<Indicator> indicators) {
        public long count(String key) {
            return counts.stream().filter(c -> c.key().equals(key)).findFirst().map(Count::value).orElseThrow();
        }

        public Indicator indicator(String key) {
            return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
        }

        /** How the section's row is headed: its code and name, or the name alone when that is its key (a field). */
        public String title() {
            return key.equals(name) ? name : key + " — " + name;
        }
    }

    public record Monthly(YearMonth month, List<Count> counts, Double averageHours, Double averageSatisfaction,
                          List<Indicator> indicators, List<Scored> qd766, List<Section> byDepartment,
                          List<Section> byProcedure, List<Section> byField) {
        public long count(String key) {
            return counts.stream().filter(c -> c.key().equals(key)).findFirst().map(Count::value).orElseThrow();
        }

        public Indicator indicator(String key) {
            return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
        }

        public Scored qd766(Qd766Indicator indicator) {
            return qd766.stream().filter(s -> s.definition() == indicator).findFirst().orElseThrow();
        }

        public Section department(String code) {
            return byDepartment.stream().filter(s -> s.key().equals(code)).findFirst().orElseThrow();
        }

        public Section procedure(String code) {
            return byProcedure.stream().filter(s -> s.key().equals(code)).findFirst().orElseThrow();
        }

        /** The section of a field (lĩnh vực), by its name in the catalogue. */
        public Section field(String name) {
            return byField.stream().filter(s -> s.key().equals(name)).findFirst().orElseThrow();
        }
    }

    /** The month's period in Vietnam's time. */
    private record Period(Instant from, Instant to, Instant overdueAt) {
        boolean contains(Instant at) {
            return at != null && !at.isBefore(from) && at.isBefore(to);
        }
    }

    @Transactional(readOnly = true)
    public Monthly monthly(YearMonth month) {
        Period period = period(month);
        List<Fact> all = facts.openBetween(period.from(), period.to());
        Map<String, Procedure> procedures = new HashMap<>();
        all.forEach(f -> procedures.computeIfAbsent(f.procedureCode(), catalogue::get));
        Set<String> fullProcess = procedures.values().stream().filter(p -> p.level() == OnlineLevel.FULL)
                .map(Procedure::code).collect(Collectors.toSet());
        Section total = section("total", agency.profile().map(a -> a.nameVi()).orElse(""), all, period, fullProcess);

        Map<String, String> departmentNames = agency.departments().stream()
                .collect(Collectors.toMap(Department::code, Department::nameVi, (a, b) -> a));
        Map<String, List<Fact>> byDepartment = new LinkedHashMap<>();
        Map<String, List<Fact>> byProcedure = new LinkedHashMap<>();
        Map<String, List<Fact>> byField = new java.util.TreeMap<>();
        for (Fact fact : all) {
            byField.computeIfAbsent(procedures.get(fact.procedureCode()).field(), f -> new ArrayList<>()).add(fact);
            byDepartment.computeIfAbsent(leadDepartment(procedures.get(fact.procedureCode())), d -> new ArrayList<>()).add(fact);
            byProcedure.computeIfAbsent(fact.procedureCode(), p -> new ArrayList<>()).add(fact);
        }
        List<Section> departments = byDepartment.entrySet().stream()
                .map(e -> section(e.getKey(), departmentNames.getOrDefault(e.getKey(), e.getKey()), e.getValue(), period, fullProcess))
                .toList();
        List<Section> perProcedure = byProcedure.entrySet().stream()
                .map(e -> section(e.getKey(), procedures.get(e.getKey()).name(), e.getValue(), period, fullProcess))
                .toList();
        List<Section> perField = byField.entrySet().stream()
                .map(e -> section(e.getKey(), e.getKey(), e.getValue(), period, fullProcess))
                .toList();
        return new Monthly(month, total.counts(), total.averageHours(), total.averageSatisfaction(), total.indicators(),
                qd766(total, all, period), departments, perProcedure, perField);
    }

    /**
     * The agency's time on a finished dossier, as its time limit counts it: office hours from receipt to
     * the result, less the waits for the citizen's supplement.
     */
    private long processingMinutes(Fact fact) {
        WorkingCalendar working = calendar.calendar();
        long paused = fact.pauses().stream().mapToLong(p -> working.officeMinutesBetween(p.from(),
                p.to() == null ? fact.finishedAt() : p.to())).sum();
        return working.officeMinutesBetween(fact.receivedAt(), fact.finishedAt()) - paused;
    }

    /** The department that leads a procedure: its first step that is neither the counter nor the leader. */
    static String leadDepartment(Procedure procedure) {
        return procedure.steps().stream().map(ProcedureStep::actor)
                .filter(a -> !a.equals(StepRules.COUNTER) && !a.equals(StepRules.LEADER))
                .findFirst().orElse(StepRules.COUNTER);
    }

    private Section section(String key, String name, List<Fact> facts, Period period, Set<String> fullProcess) {
        List<Fact> received = facts.stream().filter(f -> period.contains(f.receivedAt())).toList();
        List<Fact> finished = facts.stream().filter(f -> "FINISHED".equals(f.status()) && period.contains(f.finishedAt())).toList();
        List<Fact> decided = facts.stream().filter(f -> ("FINISHED".equals(f.status()) || "REFUSED".equals(f.status()))
                && period.contains(f.finishedAt())).toList();
        List<Fact> open = facts.stream().filter(f -> f.finishedAt() == null || !f.finishedAt().isBefore(period.to())).toList();
        Map<String, Long> byChannel = received.stream().collect(Collectors.groupingBy(Fact::channel, Collectors.counting()));
        long online = byChannel.getOrDefault("ONLINE", 0L);
        long early = count(finished, f -> "EARLY".equals(f.timeliness()));
        long onTime = count(finished, f -> "ON_TIME".equals(f.timeliness()));
        long late = count(finished, f -> "LATE".equals(f.timeliness()));
        List<Fact> paper = received.stream().filter(f -> !"ONLINE".equals(f.channel())).toList();
        List<Fact> fullReceived = received.stream().filter(f -> fullProcess.contains(f.procedureCode())).toList();
        List<Fact> rated = decided.stream().filter(f -> f.score() != null).toList();
        List<Count> counts = new ArrayList<>();
        CHANNELS.forEach(c -> counts.add(new Count("received-" + c.toLowerCase(Locale.ROOT), byChannel.getOrDefault(c, 0L))));
        counts.add(new Count("finished-early", early));
        counts.add(new Count("finished-on-time", onTime));
        counts.add(new Count("finished-late", late));
        counts.add(new Count("refused", count(decided, f -> "REFUSED".equals(f.status()))));
        counts.add(new Count("in-progress", open.size()));
        counts.add(new Count("overdue", count(open, f -> f.dueAt().isBefore(period.overdueAt()))));
        List<Indicator> indicators = List.of(
                // (trước hạn + đúng hạn) / tổng số đã giải quyết
                new Indicator("on-time-rate", early + onTime, finished.size()),
                // hồ sơ nộp trực tuyến / tổng số hồ sơ tiếp nhận
                new Indicator("online-rate", online, received.size()),
                // of the full-process (toàn trình) services: dossiers submitted online / all their dossiers
                new Indicator("full-online-rate", count(fullReceived, f -> "ONLINE".equals(f.channel())), fullReceived.size()),
                // hồ sơ đã giải quyết có kết quả điện tử / hồ sơ đã giải quyết
                new Indicator("e-result-rate", count(finished, Fact::electronicResult), finished.size()),
                // paper components converted at the counter / paper components handed in
                new Indicator("digitised-rate", paper.stream().mapToLong(Fact::digitised).sum(),
                        paper.stream().mapToLong(Fact::components).sum()),
                // hồ sơ trực tuyến có dùng lại dữ liệu / hồ sơ trực tuyến
                new Indicator("reuse-rate", count(received, f -> "ONLINE".equals(f.channel()) && f.reused()), online),
                // đánh giá hài lòng (4–5) / số đánh giá
                new Indicator("satisfaction-rate", count(rated, f -> f.score() >= 4), rated.size()));
        Double hours = finished.isEmpty() ? null : Math.round(finished.stream()
                .mapToLong(this::processingMinutes).average().orElseThrow() / 6.0) / 10.0;
        Double score = rated.isEmpty() ? null
                : Math.round(rated.stream().mapToInt(Fact::score).average().orElseThrow() * 10) / 10.0;
        return new Section(key, name, List.copyOf(counts), hours, score, indicators);
    }

    /** The QĐ766 indicators for the agency; those the data cannot support are listed without a ratio. */
    private List<Scored> qd766(Section total, List<Fact> all, Period period) {
        List<Procedure> catalogueAll = catalogue.search(ProcedureFilter.any());
        List<Fact> finished = all.stream().filter(f -> "FINISHED".equals(f.status()) && period.contains(f.finishedAt())).toList();
        List<Scored> scored = new ArrayList<>();
        for (Qd766Indicator i : Qd766Indicator.values()) {
            Indicator ratio = switch (i) {
                case ON_TIME -> total.indicator("on-time-rate");
                case E_RESULT -> total.indicator("e-result-rate");
                case DIGITISED -> total.indicator("digitised-rate");
                case DATA_REUSE -> total.indicator("reuse-rate");
                case FULL_PROCESS_SERVICES -> new Indicator(i.key(),
                        catalogueAll.stream().filter(p -> p.level() == OnlineLevel.FULL).count(), catalogueAll.size());
                case ONLINE_DOSSIERS -> total.indicator("online-rate");
                // (đã giải quyết − quá hạn hoặc bị đánh giá không hài lòng, mỗi hồ sơ một lần) / đã giải quyết
                case PROCEDURE_SATISFACTION -> new Indicator(i.key(),
                        count(finished, f -> !"LATE".equals(f.timeliness()) && (f.score() == null || f.score() > 2)),
                        finished.size());
                default -> null;
            };
            scored.add(new Scored(i, ratio));
        }
        return List.copyOf(scored);
    }

    /** The month's monitoring events per procedure and per participant and step (the staff dashboard). */
    @Transactional(readOnly = true)
    public Dashboard dashboard(YearMonth month) {
        Period period = period(month);
        return new Dashboard(month, monthly(month), events.byProcedure(period.from(), period.to()),
                events.byParticipant(period.from(), period.to()));
    }

    /** The dashboard: the month's report plus the raw event tallies. */
    public record Dashboard(YearMonth month, Monthly report, List<ServiceEvents.Tally> byProcedure,
                            List<ServiceEvents.ParticipantTally> byParticipant) {
    }

    /** Satisfaction per procedure: how many ratings, their average and how many of each score; never who gave them. */
    public record RatingAggregate(String procedureCode, String procedureName, long ratings, Double average, long[] perScore) {
    }

    @Transactional(readOnly = true)
    public List<RatingAggregate> ratings(YearMonth month) {
        Period period = period(month);
        Map<String, List<Fact>> rated = facts.openBetween(period.from(), period.to()).stream()
                .filter(f -> f.score() != null && period.contains(f.finishedAt()))
                .collect(Collectors.groupingBy(Fact::procedureCode, LinkedHashMap::new, Collectors.toList()));
        return rated.entrySet().stream().map(e -> {
            long[] perScore = new long[5];
            e.getValue().forEach(f -> perScore[f.score() - 1]++);
            double average = e.getValue().stream().mapToInt(Fact::score).average().orElseThrow();
            return new RatingAggregate(e.getKey(), catalogue.get(e.getKey()).name(), e.getValue().size(),
                    Math.round(average * 10) / 10.0, perScore);
        }).toList();
    }

    /** The report as a spreadsheet: a sheet for the agency with the QĐ766 indicators, then per department and per procedure. */
    public byte[] monthlyXlsx(YearMonth month) {
        Monthly report = monthly(month);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {text("dossier.report.title", month.getMonthValue(), String.valueOf(month.getYear()))});
            report.counts().forEach(c -> rows.add(new Object[] {text("dossier.report." + c.key()), c.value()}));
            rows.add(new Object[] {text("dossier.report.average-hours"), orNotScored(report.averageHours())});
            rows.add(new Object[] {text("dossier.report.average-satisfaction"), orNotScored(report.averageSatisfaction())});
            rows.add(new Object[] {text("dossier.report.indicator"), text("dossier.report.value"), text("dossier.report.numerator"),
                    text("dossier.report.denominator"), text("dossier.report.formula")});
            for (Indicator i : report.indicators()) {
                rows.add(new Object[] {text("dossier.indicator." + i.key()), orNotScored(i.percent()), i.numerator(),
                        i.denominator(), text("dossier.indicator." + i.key() + ".formula")});
            }
            rows.add(new Object[] {});
            rows.add(new Object[] {text("dossier.qd766.title")});
            rows.add(new Object[] {text("dossier.qd766.number"), text("dossier.report.indicator"), text("dossier.report.value"),
                    text("dossier.report.numerator"), text("dossier.report.denominator"), text("dossier.qd766.target"),
                    text("dossier.qd766.max-points"), text("dossier.qd766.points"), text("dossier.report.formula")});
            for (Scored s : report.qd766()) {
                Qd766Indicator d = s.definition();
                rows.add(new Object[] {d.number(), text("dossier.qd766." + d.key()),
                        s.ratio() == null ? text("dossier.qd766.unsupported") : orNotScored(s.ratio().percent()),
                        s.ratio() == null ? "" : s.ratio().numerator(), s.ratio() == null ? "" : s.ratio().denominator(),
                        d.targetPercent(), d.maxPoints() + (d.pointsVerified() ? "" : " " + text("dossier.qd766.unverified")),
                        s.ratio() == null ? "" : orNotScored(s.points()), text("dossier.qd766." + d.key() + ".formula")});
            }
            write(book.createSheet(text("dossier.report.sheet", month.toString())), rows);
            write(book.createSheet(text("dossier.report.by-department")), sectionRows(report.byDepartment()));
            write(book.createSheet(text("dossier.report.by-procedure")), sectionRows(report.byProcedure()));
            write(book.createSheet(text("dossier.report.by-field")), sectionRows(report.byField()));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same report as PDF (Vietnamese font embedded), for signing and filing. */
    public byte[] monthlyPdf(YearMonth month) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", monthly(month));
        model.put("agency", agency.profile().orElse(null));
        return pdfs.render("report", model);
    }

    private List<Object[]> sectionRows(List<Section> sections) {
        List<Object[]> rows = new ArrayList<>();
        if (sections.isEmpty()) {
            rows.add(new Object[] {text("dossier.report.none")});
            return rows;
        }
        List<Object> header = new ArrayList<>(List.of(text("dossier.report.unit")));
        sections.get(0).counts().forEach(c -> header.add(text("dossier.report." + c.key())));
        header.add(text("dossier.report.average-hours"));
        header.add(text("dossier.report.average-satisfaction"));
        sections.get(0).indicators().forEach(i -> header.add(text("dossier.indicator." + i.key()) + " (%)"));
        rows.add(header.toArray());
        for (Section s : sections) {
            List<Object> row = new ArrayList<>(List.of(s.title()));
            s.counts().forEach(c -> row.add(c.value()));
            row.add(orNotScored(s.averageHours()));
            row.add(orNotScored(s.averageSatisfaction()));
            s.indicators().forEach(i -> row.add(orNotScored(i.percent())));
            rows.add(row.toArray());
        }
        return rows;
    }

    private static void write(Sheet sheet, List<Object[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            Object[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(cells[c]));
                }
            }
        }
    }

    private Object orNotScored(Double value) {
        return value == null ? text("dossier.report.not-scored") : value;
    }

    private Period period(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
        // "quá hạn" is judged at the end of a past month and now in the current one
        Instant now = clock.instant();
        return new Period(from, to, now.isBefore(to) ? now : to);
    }

    private static long count(List<Fact> facts, Predicate<Fact> predicate) {
        return facts.stream().filter(predicate).count();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
