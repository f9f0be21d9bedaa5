package vn.congso.publicservice.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.publicservice.CalendarManagement;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.EForm;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.publicservice.RefusalReason;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.WorkingCalendar;
import vn.congso.publicservice.DossierReport;
import vn.congso.publicservice.ReceiptChannel;

/** Staff pages: the queue, a dossier with the actions of its current step, and the one-stop counter. */
@Controller
class DossierStaffController {

    private final DossierManagement management;
    private final DossierProcessing processing;
    private final DossierQueries queries;
    private final ProcedureCatalogue catalogue;
    private final DossierReport report;
    private final CalendarManagement calendar;

    DossierStaffController(DossierManagement management, DossierProcessing processing, DossierQueries queries,
                           ProcedureCatalogue catalogue, DossierReport report, CalendarManagement calendar) {
        this.calendar = calendar;
        this.report = report;
        this.management = management;
        this.processing = processing;
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @GetMapping("/quan-tri/ho-so")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String queue(Model model) {
        model.addAttribute("dossiers", queries.queue());
        return "dossier/queue";
    }

    @GetMapping("/quan-tri/ho-so/{code}")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String detail(@PathVariable String code, Model model) {
        var dossier = DossierController.orNotFound(() -> queries.get(code));
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", catalogue.get(dossier.procedureCode()));
        model.addAttribute("reasons", RefusalReason.values());
        model.addAttribute("supplementDays", calendar.supplementDays());
        return "dossier/staff-detail";
    }

    @PostMapping("/quan-tri/ho-so/{code}/xu-ly")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String act(@PathVariable String code, @RequestParam(name = "hanh-dong", defaultValue = "") String action,
               @RequestParam(defaultValue = "-1") int version, @RequestParam(name = "noi-dung", required = false) String text,
               @RequestParam(name = "ly-do", required = false) RefusalReason reason,
               @RequestParam(name = "ngay-hen", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
               @RequestParam(name = "nguoi-nhan", required = false) String assignee,
               @RequestParam(name = "han-bo-sung", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate supplementBy,
               Principal principal, RedirectAttributes redirect) {
        String me = principal.getName();
        try {
            switch (action) {
                case "chuyen" -> processing.forward(code, me, version, text);
                case "bo-sung" -> processing.requestSupplement(code, me, version, text, supplementBy);
                case "tu-choi" -> processing.refuse(code, me, version, reason, text);
                case "phe-duyet" -> processing.approve(code, me, version);
                case "tra-ket-qua" -> processing.returnResult(code, me, version);
                case "xin-loi" -> processing.apologise(code, me, version, newDate, text);
                case "phan-cong" -> processing.reassign(code, me, version, assignee);
                default -> throw new CongsoException(vn.congso.publicservice.DossierError.ACTION_NOT_ALLOWED, action, "");
            }
            redirect.addFlashAttribute("done", true);
        } catch (CongsoException e) {
            redirect.addFlashAttribute("errorKey", e.code().messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/quan-tri/ho-so/" + code;
    }

    @GetMapping("/quan-tri/ho-so/{code}/phieu-kiem-soat.pdf")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    ResponseEntity<byte[]> slip(@PathVariable String code) {
        return DossierController.pdf(DossierController.orNotFound(() -> queries.controlSlipPdf(code)), code + "-phieu-kiem-soat.pdf");
    }

    @GetMapping("/quan-tri/ho-so/{code}/giay-tiep-nhan.pdf")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    ResponseEntity<byte[]> receipt(@PathVariable String code) {
        return DossierController.pdf(DossierController.orNotFound(() -> queries.receiptPdf(code)), code + "-giay-tiep-nhan.pdf");
    }

    /** Theo dõi, giám sát (NĐ42 Đ16): the month's report with the QĐ766 indicators and the monitoring events. */
    @GetMapping("/quan-tri/ho-so/bao-cao")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String dashboard(@RequestParam(name = "thang", required = false) String month, Model model) {
        model.addAttribute("dashboard", report.dashboard(month(month)));
        return "dossier/report";
    }

    @GetMapping("/quan-tri/ho-so/bao-cao.xlsx")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    ResponseEntity<byte[]> reportXlsx(@RequestParam(name = "thang", required = false) String month) {
        YearMonth chosen = month(month);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-ho-so-" + chosen + ".xlsx\"")
                .body(report.monthlyXlsx(chosen));
    }

    @GetMapping("/quan-tri/ho-so/bao-cao.pdf")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    ResponseEntity<byte[]> reportPdf(@RequestParam(name = "thang", required = false) String month) {
        YearMonth chosen = month(month);
        return DossierController.pdf(report.monthlyPdf(chosen), "bao-cao-ho-so-" + chosen + ".pdf");
    }

    /** Satisfaction per procedure: aggregates only (NĐ42 Đ13 k5 b: individual ratings stay private). */
    @GetMapping("/quan-tri/ho-so/danh-gia")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String ratings(@RequestParam(name = "thang", required = false) String month, Model model) {
        YearMonth chosen = month(month);
        model.addAttribute("month", chosen);
        model.addAttribute("ratings", report.ratings(chosen));
        return "dossier/ratings";
    }

    /** The leader approves a result signed on paper; its scan is converted to electronic (NĐ137 Đ8 k4 đoạn 2). */
    @PostMapping("/quan-tri/ho-so/{code}/ket-qua-giay")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String paperResult(@PathVariable String code, @RequestParam(defaultValue = "-1") int version,
                       @RequestParam(name = "ban-quet", required = false) MultipartFile scan, Principal principal,
                       RedirectAttributes redirect) throws java.io.IOException {
        if (scan == null || scan.isEmpty()) {
            redirect.addFlashAttribute("errorKey", "dossier.staff.paper-result.missing");
            redirect.addFlashAttribute("errorArgs", new Object[0]);
            return "redirect:/quan-tri/ho-so/" + code;
        }
        try {
            processing.approveWithPaperResult(code, principal.getName(), version, scan.getBytes(), scan.getOriginalFilename());
            redirect.addFlashAttribute("done", true);
        } catch (CongsoException e) {
            redirect.addFlashAttribute("errorKey", e.code().messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/quan-tri/ho-so/" + code;
    }

    private static YearMonth month(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now(WorkingCalendar.VIETNAM) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.now(WorkingCalendar.VIETNAM);
        }
    }

    /** Tiếp nhận tại Bộ phận Một cửa: the clerk fills the e-form for the applicant and attaches scans. */
    @GetMapping("/quan-tri/mot-cua/tiep-nhan")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE_COUNTER')")
    String counter(@RequestParam(name = "thu-tuc", defaultValue = "1.001193") String code, Model model) {
        DossierController.orNotFound(() -> management.eForm(code));
        return counterForm(code, Map.of(), Map.of(), UUID.randomUUID().toString(), model);
    }

    @PostMapping("/quan-tri/mot-cua/tiep-nhan")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE_COUNTER')")
    String receive(@RequestParam(name = "thu-tuc", defaultValue = "1.001193") String code, @RequestParam Map<String, String> params,
                   jakarta.servlet.http.HttpServletRequest request, Principal principal, Model model) {
        Map<String, String> values = DossierController.values(params);
        String key = params.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        Map<String, EForm.Problem> problems = new LinkedHashMap<>();
        var uploads = DossierController.uploads(request, problems);
        DossierSubmission submission = new DossierSubmission(code, values, uploads, key);
        problems.putAll(management.problems(submission));
        if (!problems.isEmpty()) {
            return counterForm(code, values, problems, key, model);
        }
        String account = params.getOrDefault("tai-khoan", "").strip();
        var applicant = new DossierSubmission.Applicant(values.get("applicantName"), values.get("applicantCitizenId"),
                values.get("applicantPhone"), values.get("applicantEmail"));
        try {
            ReceiptChannel channel = "POST".equals(params.get("kenh")) ? ReceiptChannel.POST : ReceiptChannel.COUNTER;
            var receipt = management.receiveOnPaper(principal.getName(), account.isEmpty() ? null : account, applicant,
                    submission, channel);
            return "redirect:/quan-tri/ho-so/" + receipt.code();
        } catch (CongsoException e) {
            problems.put("form", new EForm.Problem(e.code().messageKey(), java.util.List.of(e.arguments())));
            return counterForm(code, values, problems, key, model);
        }
    }

    private String counterForm(String code, Map<String, String> values, Map<String, EForm.Problem> problems, String key,
                               Model model) {
        model.addAttribute("procedure", catalogue.get(code));
        model.addAttribute("form", management.eForm(code));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("counter", true);
        return "dossier/form";
    }
}
