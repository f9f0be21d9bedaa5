package vn.congso.portal.legal.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.LegalDocumentSummary;
import vn.congso.portal.legal.LegalError;
import vn.congso.portal.legal.LegalFileStore;
import vn.congso.portal.legal.LegalTextExtractor;
import vn.congso.portal.legal.TextInput;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.shared.CongsoException;

/**
 * Staff import of a document: upload (text, DOCX, PDF) or paste, review what was read, correct, save.
 */
@Controller
@RequestMapping("/quan-tri/van-ban")
@PreAuthorize("hasAuthority('LEGAL_DOCUMENT_MANAGE')")
class LegalImportController {

    private final LegalTextExtractor extractor;
    private final LegalFileStore files;
    private final LegalDocumentManagement register;
    private final MessageSource messages;
    private final LegalTextParser parser = new LegalTextParser();

    LegalImportController(LegalTextExtractor extractor, LegalFileStore files, LegalDocumentManagement register,
                          MessageSource messages) {
        this.extractor = extractor;
        this.files = files;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/nhap")
    String uploadForm() {
        return "portal/legal/import";
    }

    @PostMapping("/nhap")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "pasted", required = false) String pasted, Model model, Locale locale) {
        String text;
        String fileKey = null;
        String fileName = null;
        try {
            if (file != null && !file.isEmpty()) {
                byte[] bytes = file.getBytes();
                LegalTextExtractor.Extracted extracted = extractor.extract(bytes, file.getOriginalFilename());
                text = extracted.text();
                fileName = file.getOriginalFilename() == null ? "van-ban" : file.getOriginalFilename();
                fileKey = files.put(fileName, extracted.mediaType(), bytes);
            } else {
                text = TextInput.checkText(pasted);
            }
        } catch (CongsoException e) {
            model.addAttribute("uploadError", messages.getMessage(e.code().messageKey(), e.arguments(), locale));
            return "portal/legal/import";
        } catch (IOException e) {
            throw new CongsoException(LegalError.UNREADABLE_FILE, e);
        }
        return review(text, fileKey, fileName, 0, model, locale);
    }

    /** Re-reads the (possibly corrected) text, e.g. to review the second document of a file. */
    @PostMapping("/doc-lai")
    String reread(@ModelAttribute("form") ImportForm form, Model model, Locale locale) {
        return review(form.getText(), form.getFileKey(), form.getFileName(), form.getDocumentIndex(), model, locale);
    }

    @PostMapping("/luu")
    String save(@ModelAttribute("form") ImportForm form, BindingResult errors, Model model, Locale locale) {
        if (DocumentType.ofName(form.getType()).isEmpty()) {
            errors.rejectValue("type", "legal.import.required");
        }
        if (form.getSummary() == null || form.getSummary().isBlank()) {
            errors.rejectValue("summary", "legal.import.required");
        }
        if (form.getText() == null || form.getText().isBlank()) {
            errors.rejectValue("text", "legal.import.required");
        }
        if (!errors.hasErrors()) {
            try {
                LegalDocumentSummary saved = register.register(form.command());
                return "redirect:/van-ban/" + saved.slug();
            } catch (CongsoException e) {
                if (e.code() != LegalError.DUPLICATE_CODE && e.code() != LegalError.NO_DOCUMENT_FOUND) {
                    throw e;
                }
                errors.rejectValue(e.code() == LegalError.DUPLICATE_CODE ? "code" : "text", e.code().messageKey(),
                        e.arguments(), null);
            }
        }
        addChoices(model, form.getText(), locale);
        return "portal/legal/review";
    }

    /** NĐ42 Đ4 k1 a: the officer records that a document is now partly or wholly out of force (or in force). */
    @PostMapping("/{slug}/hieu-luc")
    String changeStatus(@PathVariable String slug, @RequestParam(name = "status", required = false) String status,
                        RedirectAttributes redirect) {
        LegalDocumentStatus chosen = Arrays.stream(LegalDocumentStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        if (chosen == null) {
            // shown beside the status field of the document page; nothing changes
            redirect.addFlashAttribute("statusError", LegalError.STATUS_INVALID.messageKey());
            return "redirect:/van-ban/" + register.find(slug)
                    .orElseThrow(() -> new CongsoException(LegalError.DOCUMENT_NOT_FOUND)).slug();
        }
        LegalDocumentSummary saved = register.changeStatus(slug, chosen);
        redirect.addFlashAttribute("statusChanged", true);
        return "redirect:/van-ban/" + saved.slug();
    }

    private String review(String text, String fileKey, String fileName, int index, Model model, Locale locale) {
        List<ParsedDocument> documents = parser.parse(text == null ? "" : text);
        if (documents.isEmpty()) {
            model.addAttribute("uploadError", messages.getMessage("error.portal.no-document-found", null, locale));
            return "portal/legal/import";
        }
        int chosen = Math.max(0, Math.min(index, documents.size() - 1));
        ParsedDocument document = documents.get(chosen);
        model.addAttribute("form", ImportForm.of(document, text, fileKey, fileName, chosen));
        model.addAttribute("warnings", document.warnings().stream()
                .map(w -> messages.getMessage(w.key(), w.arguments().toArray(), w.key(), locale)).toList());
        model.addAttribute("chapters", document.count(vn.congso.portal.legal.domain.StructureNode.Kind.CHAPTER));
        model.addAttribute("articles", document.count(vn.congso.portal.legal.domain.StructureNode.Kind.ARTICLE));
        addChoices(model, text, locale);
        return "portal/legal/review";
    }

    private void addChoices(Model model, String text, Locale locale) {
        List<ParsedDocument> documents = parser.parse(text == null ? "" : text);
        model.addAttribute("choices", java.util.stream.IntStream.range(0, documents.size())
                .mapToObj(i -> new Choice(i, label(documents.get(i), locale))).toList());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", vn.congso.portal.LegalDocumentStatus.values());
    }

    private String label(ParsedDocument d, Locale locale) {
        String type = d.type() == null ? "?" : messages.getMessage("legal.type." + d.type().name(), null, locale);
        return type + (d.code() == null ? "" : " " + d.code()) + (d.summary() == null ? "" : " – " + d.summary());
    }

    public record Choice(int index, String label) {
    }
}
