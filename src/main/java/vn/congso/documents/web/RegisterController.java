package vn.congso.documents.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.documents.IncomingDocumentManagement;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.persistence.OutgoingRepository;

/** The registers of NĐ30 Phụ lục IV as a printable page and as XLSX. */
@Controller
class RegisterController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final IncomingDocumentManagement incoming;
    private final OutgoingDocumentManagement outgoing;
    private final RegisterWorkbook workbook;
    private final MessageSource messages;

    RegisterController(IncomingDocumentManagement incoming, OutgoingDocumentManagement outgoing,
                       RegisterWorkbook workbook, MessageSource messages) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.workbook = workbook;
        this.messages = messages;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping({"/quan-tri/van-ban-den/so-dang-ky", "/quan-tri/van-ban-di/so-dang-ky"})
    String page(@RequestParam(required = false) Integer year, jakarta.servlet.http.HttpServletRequest request,
                Model model, Locale locale) {
        String kind = request.getRequestURI().contains("van-ban-den") ? "in" : "out";
        int y = year == null ? LocalDate.now(VIETNAM).getYear() : year;
        model.addAttribute("kind", kind);
        model.addAttribute("year", y);
        model.addAttribute("headers", workbook.headers(kind, locale));
        model.addAttribute("rows", rows(kind, y, locale));
        return "documents/register";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping({"/quan-tri/van-ban-den/so-dang-ky.xlsx", "/quan-tri/van-ban-di/so-dang-ky.xlsx"})
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
                                jakarta.servlet.http.HttpServletRequest request) {
        String folder = request.getRequestURI().contains("van-ban-den") ? "van-ban-den" : "van-ban-di";
        String kind = folder.equals("van-ban-den") ? "in" : "out";
        int y = year == null ? LocalDate.now(VIETNAM).getYear() : year;
        String title = messages.getMessage("documents.register." + kind + ".title", new Object[] {String.valueOf(y)},
                VIETNAMESE);
        byte[] file = workbook.write(title, workbook.headers(kind, VIETNAMESE), rows(kind, y, VIETNAMESE));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-" + folder + "-" + y + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }

    // NĐ30 Phụ lục IV: one row per document, columns in the appendix's order
    private List<List<String>> rows(String kind, int year, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        if (kind.equals("in")) {
            incoming.register(year).forEach(r -> rows.add(java.util.Arrays.asList(
                    DAY.format(r.receivedAt().atZone(VIETNAM)), String.format("%02d", r.incomingNumber()), r.sender(),
                    r.numberSymbol(), r.documentDate() == null ? "" : DAY.format(r.documentDate()), r.subject(),
                    r.department() == null ? "" : r.department() + (r.assignee() == null ? "" : " / " + r.assignee()),
                    "", r.channel())));
        } else {
            outgoing.register(year).forEach(r -> rows.add(java.util.Arrays.asList(
                    r.numberSymbol(), DAY.format(r.issuedAt().atZone(VIETNAM)),
                    vn.congso.documents.DocumentType.valueOf(r.documentType()).nameVi() + " " + r.subject(),
                    r.signerName(), String.join(", ", concat(r.internalUnitList(), r.peerAgencyList(), r.emailList())),
                    "VT, " + r.draftingUnit(), "1", DAY.format(r.issuedAt().atZone(VIETNAM)), "", note(r, locale))));
        }
        return rows;
    }

    // Ghi chú: NĐ30 Đ18, a recalled or replaced document stays in the register with what became of it
    private String note(OutgoingRepository.Row row, Locale locale) {
        List<String> notes = new ArrayList<>();
        if (row.replacesId() != null) {
            notes.add(messages.getMessage("documents.register.note.replaces",
                    new Object[] {outgoing.document(row.replacesId()).numberSymbol()}, locale));
        }
        if (row.state().equals(OutgoingDocumentManagement.State.RECALLED.name())) {
            notes.add(messages.getMessage("documents.register.note.recalled", new Object[] {row.recallReason()}, locale));
        } else if (row.state().equals(OutgoingDocumentManagement.State.REPLACED.name())) {
            notes.add(messages.getMessage("documents.register.note.replaced", null, locale));
        }
        return String.join("; ", notes);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
