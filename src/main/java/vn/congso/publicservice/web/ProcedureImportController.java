package vn.congso.publicservice.web;

import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.congso.publicservice.ImportReport;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.publicservice.catalogue.CsvProcedures;

/** Nhập danh mục thủ tục từ tệp CSV hoặc JSON: all rows or none, with what is wrong in each row. */
@Controller
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class ProcedureImportController {

    private final ProcedureCatalogue catalogue;
    private final MessageSource messages;

    ProcedureImportController(ProcedureCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/thu-tuc/nhap")
    String form(Model model) {
        model.addAttribute("columns", String.join(",", CsvProcedures.COLUMNS));
        return "publicservice/import";
    }

    @PostMapping("/quan-tri/thu-tuc/nhap")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        // optional so that the permission check, not argument binding, answers a request without a file
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", true);
            return form(model);
        }
        ImportReport report = catalogue.importFile(file.getOriginalFilename(), file.getBytes());
        model.addAttribute("report", report);
        model.addAttribute("problems", report.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.messageArguments(), locale)).toList());
        return form(model);
    }
}
