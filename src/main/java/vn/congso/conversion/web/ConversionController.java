package vn.congso.conversion.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
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
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.ConvertPaper;
import vn.congso.conversion.Converted;
import vn.congso.conversion.LegalContext;
import vn.congso.conversion.PaperCopy;
import vn.congso.shared.CongsoException;

/** Staff pages: convert a scan, the register, print to paper (NĐ137 Đ4, Đ5). */
@Controller
@PreAuthorize("hasAuthority('CONVERSION_PERFORM')")
class ConversionController {

    private final ConversionManagement conversions;

    ConversionController(ConversionManagement conversions) {
        this.conversions = conversions;
    }

    @GetMapping("/quan-tri/chuyen-doi")
    String form(Model model) {
        model.addAttribute("contexts", LegalContext.values());
        model.addAttribute("records", conversions.recent(50));
        return "conversion/register";
    }

    /** One file converts at once; several files become a batch the worker converts in the background. */
    @PostMapping("/quan-tri/chuyen-doi")
    String convert(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                   @RequestParam(name = "legalContext", defaultValue = "GENERAL") LegalContext context,
                   @RequestParam(name = "publicDocument", defaultValue = "false") boolean publicDocument,
                   Principal principal, Model model) {
        List<MultipartFile> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        try {
            if (uploads.isEmpty()) {
                throw new CongsoException(ConversionError.EMPTY_FILE);
            }
            if (uploads.size() > 1) {
                List<ConversionManagement.BatchFile> batch = new ArrayList<>();
                for (MultipartFile upload : uploads) {
                    batch.add(new ConversionManagement.BatchFile(upload.getOriginalFilename(), upload.getBytes()));
                }
                long id = conversions.startBatch(batch, context, publicDocument, principal.getName());
                return "redirect:/quan-tri/chuyen-doi/lo/" + id;
            }
            MultipartFile upload = uploads.get(0);
            Converted converted = conversions.convert(new ConvertPaper(upload.getBytes(), upload.getOriginalFilename(),
                    context, publicDocument, principal.getName()));
            model.addAttribute("converted", converted);
            model.addAttribute("record", converted.record());
            model.addAttribute("prints", List.of());
            model.addAttribute("contexts", LegalContext.values());
            return "conversion/document";
        } catch (CongsoException e) {
            model.addAttribute("error", e);
            return form(model);
        } catch (IOException e) {
            model.addAttribute("error", new CongsoException(ConversionError.CORRUPT_FILE, e));
            return form(model);
        }
    }

    @GetMapping("/quan-tri/chuyen-doi/van-ban/{code}")
    String document(@PathVariable String code, Model model) {
        model.addAttribute("record", conversions.find(code)
                .orElseThrow(() -> new CongsoException(ConversionError.DOCUMENT_NOT_FOUND, code)));
        model.addAttribute("prints", conversions.prints(code));
        model.addAttribute("contexts", LegalContext.values());
        return "conversion/document";
    }

    @GetMapping("/quan-tri/chuyen-doi/van-ban/{code}/tai-ve")
    ResponseEntity<byte[]> download(@PathVariable String code) {
        return pdf(code + ".pdf", conversions.original(code));
    }

    /** NĐ137 Đ5: the paper copy, ready to print; the printing is recorded. */
    @PostMapping("/quan-tri/chuyen-doi/van-ban/{code}/in")
    ResponseEntity<byte[]> print(@PathVariable String code,
                                 @RequestParam(name = "legalContext", defaultValue = "GENERAL") LegalContext context,
                                 Principal principal) {
        PaperCopy copy = conversions.printCopy(code, principal.getName(), context);
        return pdf(code + "-ban-giay.pdf", copy.pdf());
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
