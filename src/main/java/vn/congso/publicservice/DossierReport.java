package vn.congso.publicservice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.shared.calendar.WorkingCalendar;

/**
 * The monthly report on dossiers (NĐ42 Đ16 k1: monitoring per service, participant and step, automated) with the ratios of Decision
 * 766/QĐ-TTg: each indicator carries its formula; one whose denominator is zero is not scored
 * rather than shown as 0 % or 100 %.
 */
@Service
public class DossierReport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    DossierReport(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
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

    public record Monthly(YearMonth month, List<Count> counts, Double averageHours, Double averageSatisfaction,
                          List<Indicator> indicators) {
        public long count(String key) {
            return counts.stream().filter(c -> c.key().equals(key)).findFirst().map(Count::value).orElseThrow();
        }

        public Indicator indicator(String key) {
            return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    public Monthly monthly(YearMonth month) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
        Instant endInstant = month.plusMonths(1).atDay(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
        Timestamp to = Timestamp.from(endInstant);
        long online = count("select count(*) from publicservice_dossier where channel = 'ONLINE' and received_at >= ? and received_at < ?", from, to);
        long counter = count("select count(*) from publicservice_dossier where channel = 'COUNTER' and received_at >= ? and received_at < ?", from, to);
        String finished = """
                select count(*) from publicservice_dossier d join publicservice_dossier_history h on h.dossier_id = d.id
                where h.action = 'FINISHED' and h.timeliness = ? and d.finished_at >= ? and d.finished_at < ?""";
        long early = count(finished, "EARLY", from, to);
        long onTime = count(finished, "ON_TIME", from, to);
        long late = count(finished, "LATE", from, to);
        long refused = count("select count(*) from publicservice_dossier where status = 'REFUSED' and finished_at >= ? and finished_at < ?", from, to);
        long inProgress = count("""
                select count(*) from publicservice_dossier where received_at < ?
                and (finished_at is null or finished_at >= ?)""", to, to);
        long overdue = count("""
                select count(*) from publicservice_dossier where received_at < ?
                and (finished_at is null or finished_at >= ?) and due_at < ?""", to, to, to);
        long results = count("""
                select count(*) from publicservice_dossier_result where issued_at >= ? and issued_at < ?""", from, to);
        long reusing = count("""
                select count(*) from publicservice_dossier d where d.channel = 'ONLINE' and d.received_at >= ? and d.received_at < ?
                and exists (select 1 from publicservice_dossier_reuse r where r.dossier_id = d.id)""", from, to);
        long rated = count("""
                select count(*) from publicservice_dossier_rating r join publicservice_dossier d on d.id = r.dossier_id
                where d.finished_at >= ? and d.finished_at < ?""", from, to);
        long satisfied = count("""
                select count(*) from publicservice_dossier_rating r join publicservice_dossier d on d.id = r.dossier_id
                where r.score >= 4 and d.finished_at >= ? and d.finished_at < ?""", from, to);
        Double averageHours = jdbc.sql("""
                select avg(extract(epoch from (finished_at - received_at)) / 3600) from publicservice_dossier
                where status = 'FINISHED' and finished_at >= ? and finished_at < ?""").params(from, to)
                .query(Double.class).optional().orElse(null);
        Double averageScore = jdbc.sql("""
                select avg(r.score) from publicservice_dossier_rating r join publicservice_dossier d on d.id = r.dossier_id
                where d.finished_at >= ? and d.finished_at < ?""").params(from, to).query(Double.class).optional().orElse(null);
        long finishedTotal = early + onTime + late;
        List<Count> counts = List.of(new Count("received-online", online), new Count("received-counter", counter),
                new Count("finished-early", early), new Count("finished-on-time", onTime), new Count("finished-late", late),
                new Count("refused", refused), new Count("in-progress", inProgress), new Count("overdue", overdue));
        List<Indicator> indicators = List.of(
                // QĐ766: tỷ lệ hồ sơ giải quyết đúng hạn = (trước hạn + đúng hạn) / tổng số đã giải quyết
                new Indicator("on-time-rate", early + onTime, finishedTotal),
                // tỷ lệ hồ sơ trực tuyến = hồ sơ nộp trực tuyến / tổng số hồ sơ tiếp nhận
                new Indicator("online-rate", online, online + counter),
                // tỷ lệ kết quả điện tử = kết quả điện tử đã cấp / hồ sơ đã giải quyết
                new Indicator("e-result-rate", results, finishedTotal),
                // tỷ lệ hồ sơ tái sử dụng dữ liệu = hồ sơ trực tuyến có dùng lại dữ liệu / hồ sơ trực tuyến
                new Indicator("reuse-rate", reusing, online),
                // mức độ hài lòng = đánh giá hài lòng (4–5) / số đánh giá
                new Indicator("satisfaction-rate", satisfied, rated));
        return new Monthly(month, counts, averageHours == null ? null : Math.round(averageHours * 10) / 10.0,
                averageScore == null ? null : Math.round(averageScore * 10) / 10.0, indicators);
    }

    /** The report as a spreadsheet: counts, averages, then each indicator with its formula. */
    public byte[] monthlyXlsx(YearMonth month) {
        Monthly report = monthly(month);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("dossier.report.sheet", month.toString()));
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {text("dossier.report.title", month.getMonthValue(), String.valueOf(month.getYear()))});
            report.counts().forEach(c -> rows.add(new Object[] {text("dossier.report." + c.key()), c.value()}));
            rows.add(new Object[] {text("dossier.report.average-hours"), report.averageHours() == null ? text("dossier.report.not-scored") : report.averageHours()});
            rows.add(new Object[] {text("dossier.report.average-satisfaction"), report.averageSatisfaction() == null ? text("dossier.report.not-scored") : report.averageSatisfaction()});
            rows.add(new Object[] {text("dossier.report.indicator"), text("dossier.report.value"), text("dossier.report.numerator"),
                    text("dossier.report.denominator"), text("dossier.report.formula")});
            for (Indicator i : report.indicators()) {
                rows.add(new Object[] {text("dossier.indicator." + i.key()),
                        i.percent() == null ? text("dossier.report.not-scored") : i.percent(), i.numerator(), i.denominator(),
                        text("dossier.indicator." + i.key() + ".formula")});
            }
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
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
