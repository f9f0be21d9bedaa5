package vn.congso.publicservice.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.ElectronicDocument;
import vn.congso.conversion.LegalContext;
import vn.congso.conversion.PaperCopy;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.EForm;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.shared.CongsoException;

/**
 * The citizen's side of dossiers: the e-form (nộp hồ sơ trực tuyến, NĐ137 Đ7 k1 a), their dossiers and
 * their electronic data store (NĐ137 Đ8 k4).
 */
@Controller
@PreAuthorize("hasAuthority('DOSSIER_SUBMIT')")
class DossierController {

    static final String FIELD_PREFIX = "f_";
    static final String FILE_PREFIX = "tep_";

    private final DossierManagement management;
    private final DossierProcessing processing;
    private final DossierQueries queries;
    private final ProcedureCatalogue catalogue;
    private final ConversionManagement conversions;

    DossierController(DossierManagement management, DossierProcessing processing, DossierQueries queries,
                      ProcedureCatalogue catalogue, ConversionManagement conversions) {
        this.conversions = conversions;
        this.management = management;
        this.processing = processing;
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @GetMapping("/thu-tuc/{code}/nop-ho-so")
    String form(@PathVariable String code, Principal principal, Model model) {
        Map<String, String> start = orNotFound(() -> management.startingValues(principal.getName(), code));
        management.recordFormStarted(code, principal.getName());
        return form(code, start, Map.of(), UUID.randomUUID().toString(), model);
    }

    @PostMapping("/thu-tuc/{code}/nop-ho-so")
    String submit(@PathVariable String code, @RequestParam Map<String, String> params,
                  @RequestParam(name = "hanh-dong", defaultValue = "nop") String action,
                  jakarta.servlet.http.HttpServletRequest request, Principal principal, Model model, RedirectAttributes redirect) {
        Map<String, String> values = values(params);
        String key = params.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        if ("luu-nhap".equals(action)) {
            management.saveDraft(principal.getName(), code, values);
            model.addAttribute("saved", true);
            return form(code, values, Map.of(), key, model);
        }
        Map<String, EForm.Problem> problems = new LinkedHashMap<>();
        List<DossierSubmission.Upload> uploads = uploads(request, problems);
        DossierSubmission submission = new DossierSubmission(code, values, uploads, key);
        problems.putAll(management.problems(submission));
        if (!problems.isEmpty()) {
            return form(code, values, problems, key, model);
        }
        try {
            var receipt = management.submitOnline(principal.getName(), submission);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/tai-khoan/ho-so/" + receipt.code();
        } catch (CongsoException e) {
            problems.put("form", new EForm.Problem(e.code().messageKey(), List.of(e.arguments())));
            return form(code, values, problems, key, model);
        }
    }

    static Map<String, String> values(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX)) {
                values.put(name.substring(FIELD_PREFIX.length()), value);
            }
        });
        return values;
    }

    /** Files named {@code tep_<component index>}; the type is checked from the content when received. */
    static List<DossierSubmission.Upload> uploads(jakarta.servlet.http.HttpServletRequest request,
                                                  Map<String, EForm.Problem> problems) {
        List<DossierSubmission.Upload> uploads = new ArrayList<>();
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            // a form without files may come url-encoded: nothing attached
            return uploads;
        }
        for (Map.Entry<String, MultipartFile> file : multipart.getFileMap().entrySet()) {
            if (!file.getKey().startsWith(FILE_PREFIX) || file.getValue().isEmpty()) {
                continue;
            }
            try {
                int index = Integer.parseInt(file.getKey().substring(FILE_PREFIX.length()));
                uploads.add(new DossierSubmission.Upload(index, file.getValue().getOriginalFilename(), file.getValue().getBytes()));
            } catch (java.io.IOException | NumberFormatException e) {
                problems.put(file.getKey(), new EForm.Problem("error.publicservice.attachment-type",
                        List.of(String.valueOf(file.getValue().getOriginalFilename()))));
            }
        }
        return uploads;
    }

    private String form(String code, Map<String, String> values, Map<String, EForm.Problem> problems, String key, Model model) {
        model.addAttribute("procedure", catalogue.get(code));
        model.addAttribute("form", management.eForm(code));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("idempotencyKey", key);
        return "dossier/form";
    }

    @GetMapping("/tai-khoan/ho-so")
    String mine(Principal principal, Model model) {
        model.addAttribute("dossiers", queries.ofApplicant(principal.getName()));
        return "dossier/mine";
    }

    @GetMapping("/tai-khoan/ho-so/{code}")
    String detail(@PathVariable String code, Principal principal, Model model) {
        var dossier = orNotFound(() -> queries.ofApplicant(code, principal.getName()));
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", catalogue.get(dossier.procedureCode()));
        return "dossier/detail";
    }

    @PostMapping("/tai-khoan/ho-so/{code}/bo-sung")
    String supplement(@PathVariable String code, @RequestParam Map<String, String> params,
                      jakarta.servlet.http.HttpServletRequest request, Principal principal, RedirectAttributes redirect) {
        Map<String, EForm.Problem> problems = new LinkedHashMap<>();
        var uploads = uploads(request, problems);
        return act(code, redirect, () -> processing.supplement(code, principal.getName(), values(params), uploads));
    }

    @PostMapping("/tai-khoan/ho-so/{code}/rut")
    String withdraw(@PathVariable String code, Principal principal, RedirectAttributes redirect) {
        return act(code, redirect, () -> processing.withdraw(code, principal.getName()));
    }

    @PostMapping("/tai-khoan/ho-so/{code}/danh-gia")
    String rate(@PathVariable String code, @RequestParam(defaultValue = "0") int diem, Principal principal,
                RedirectAttributes redirect) {
        return act(code, redirect, () -> processing.rate(code, principal.getName(), diem));
    }

    private String act(String code, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (CongsoException e) {
            redirect.addFlashAttribute("errorKey", e.code().messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/tai-khoan/ho-so/" + code;
    }

    @GetMapping("/tai-khoan/ho-so/{code}/giay-tiep-nhan.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String code, Principal principal) {
        orNotFound(() -> queries.ofApplicant(code, principal.getName()));
        return pdf(queries.receiptPdf(code), code + "-giay-tiep-nhan.pdf");
    }

    /** Mẫu 02, 03, 05: the notice the citizen was sent, as a PDF. */
    @GetMapping("/tai-khoan/ho-so/{code}/thong-bao/{kind}.pdf")
    ResponseEntity<byte[]> notice(@PathVariable String code, @PathVariable String kind, Principal principal) {
        orNotFound(() -> queries.ofApplicant(code, principal.getName()));
        return pdf(orNotFound(() -> queries.noticePdf(code, kind)), code + "-" + kind + ".pdf");
    }

    @GetMapping("/tai-khoan/kho-du-lieu")
    String store(Principal principal, Model model) {
        model.addAttribute("results", queries.store(principal.getName()));
        return "dossier/store";
    }

    @GetMapping("/tai-khoan/kho-du-lieu/{code}.pdf")
    ResponseEntity<byte[]> result(@PathVariable String code, Principal principal) {
        return pdf(orNotFound(() -> queries.resultPdf(code, principal.getName())), code + ".pdf");
    }

    /**
     * NĐ137 Đ5: the result on paper, through the conversion module: the original whole with the marker,
     * the system and its owner, the lookup address, the code and a QR on every page; the print is recorded.
     */
    @PostMapping("/tai-khoan/kho-du-lieu/{code}/ban-giay.pdf")
    ResponseEntity<byte[]> paperCopy(@PathVariable String code, Principal principal) {
        byte[] signed = orNotFound(() -> queries.resultPdf(code, principal.getName()));
        PaperCopy copy = conversions.printElectronic(ElectronicDocument.ofPdf(code, code, signed, null, false, null,
                LegalContext.PROCEDURE_RESULT), principal.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(code + "-ban-giay.pdf").build().toString())
                .body(copy.pdf());
    }

    /** A page for something that does not exist is a 404 page, not a failure. */
    static <T> T orNotFound(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (CongsoException e) {
            if (e.code().status() == org.springframework.http.HttpStatus.NOT_FOUND) {
                throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
            }
            throw e;
        }
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
