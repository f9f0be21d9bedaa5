package vn.congso.documents.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.ElectronicDocument;
import vn.congso.conversion.LegalContext;
import vn.congso.conversion.PaperCopy;
import vn.congso.documents.DocumentType;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDocumentManagement.State;
import vn.congso.documents.edxml.Priority;
import vn.congso.identity.Role;
import vn.congso.shared.CongsoException;

/** Staff pages of outgoing documents (văn bản đi): compose, approve, sign, issue. */
@Controller
@RequestMapping("/quan-tri/van-ban-di")
class OutgoingDocumentController {

    /**
     * NĐ30 Đ7: every type of administrative document the agency issues: Công văn without a type name,
     * the others with their name and abbreviation in the number (Phụ lục III). Thư công has no official
     * abbreviation (see docs/notes/docflow.md), so it is not offered until one is settled.
     */
    static final List<DocumentType> COMPOSABLE = Arrays.stream(DocumentType.values())
            .filter(t -> t == DocumentType.OFFICIAL_LETTER || t.abbreviation().isPresent()).toList();

    // the states in which the facade accepts the dossier a document answers
    private static final Set<State> LINKABLE = EnumSet.of(State.DRAFT, State.RETURNED, State.IN_APPROVAL,
            State.APPROVED, State.SIGNED);

    private final OutgoingDocumentManagement outgoing;
    private final ConversionManagement conversions;
    private final MessageSource messages;

    OutgoingDocumentController(OutgoingDocumentManagement outgoing, ConversionManagement conversions,
                               MessageSource messages) {
        this.outgoing = outgoing;
        this.conversions = conversions;
        this.messages = messages;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping
    String list(Model model) {
        model.addAttribute("documents", outgoing.queue(State.values()));
        return "documents/outgoing-list";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @GetMapping("/soan-thao")
    String composeForm(Model model) {
        model.addAttribute("form", new OutgoingForm());
        return form(model);
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/soan-thao")
    String compose(@Valid @ModelAttribute("form") OutgoingForm form, BindingResult errors,
                   @RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "appendix", required = false) MultipartFile appendix,
                   Authentication user, Model model) throws IOException {
        if (!COMPOSABLE.contains(form.getType())) {
            errors.rejectValue("type", "documents.field.type.invalid");
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        long id = file == null || file.isEmpty()
                ? outgoing.compose(form.toDraft(), user.getName())
                : outgoing.upload(form.toDraft(), file.getBytes(), file.getOriginalFilename(), user.getName());
        if (appendix != null && !appendix.isEmpty()) {
            outgoing.attach(id, appendix.getOriginalFilename(), String.valueOf(appendix.getContentType()),
                    appendix.getBytes(), user.getName());
        }
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        var row = outgoing.document(id);
        model.addAttribute("document", row);
        Role awaited = outgoing.awaitedLevel(row);
        model.addAttribute("awaited", awaited);
        // NĐ30 Đ11 (duyệt bản thảo): only the level the draft waits at may rewrite it
        model.addAttribute("mayEdit", awaited != null && Actors.roles(user).contains(awaited));
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", EditForm.of(row));
        }
        State state = State.valueOf(row.state());
        model.addAttribute("mayReplace", state == State.ISSUED && may(user, "DOCUMENT_REGISTER"));
        model.addAttribute("mayLinkDossier", LINKABLE.contains(state) && may(user, "DOCUMENT_DRAFT"));
        model.addAttribute("replacements", state == State.ISSUED
                ? outgoing.queue(State.DRAFT, State.RETURNED, State.IN_APPROVAL).stream()
                        .filter(r -> r.documentType().equals(row.documentType()) && r.replacesId() == null).toList()
                : List.of());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        model.addAttribute("trail", outgoing.trail(id));
        model.addAttribute("versions", outgoing.versions(id));
        model.addAttribute("deliveries", outgoing.deliveries(id));
        model.addAttribute("opinions", outgoing.opinions(id));
        model.addAttribute("statuses", outgoing.exchangeStatuses(id));
        return "documents/outgoing-detail";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping(value = "/{id}/tep", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(outgoing.latestPdf(id));
    }

    /**
     * NĐ137 Đ5: an issued document on paper, through the conversion module: the original whole with the
     * marker, the system and its owner, the lookup address, the code and a QR on every page; the print is recorded.
     */
    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @PostMapping(value = "/{id}/ban-giay", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> paperCopy(@PathVariable long id, Authentication user) {
        var row = outgoing.document(id);
        if (!State.ISSUED.name().equals(row.state())) {
            throw new CongsoException(DocumentsError.WRONG_STATE, row.state());
        }
        PaperCopy copy = conversions.printElectronic(ElectronicDocument.ofPdf("VBDI-" + id, row.subject(),
                outgoing.latestPdf(id), null, false, null, LegalContext.GENERAL), user.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(copy.pdf());
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/y-kien")
    String askOpinion(@PathVariable long id, @RequestParam(required = false) String askedOf,
                      @RequestParam(required = false) LocalDate due, Authentication user) {
        outgoing.askOpinion(id, askedOf, due, user.getName());
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    // the colleague asked gives the opinion; the facade matches the opinion to the account it was asked of
    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @PostMapping("/{id}/y-kien/{opinionId}")
    String giveOpinion(@PathVariable long id, @PathVariable long opinionId,
                       @RequestParam(required = false) String opinion, Authentication user) {
        outgoing.giveOpinion(id, opinionId, opinion, user.getName());
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    // NĐ30 Đ18: the clerk who issued it recalls it, with the reason, on the competent person's decision
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/{id}/thu-hoi")
    String recall(@PathVariable long id, @RequestParam(required = false) String reason, Authentication user) {
        outgoing.recall(id, reason, user.getName());
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    /** The approver at the current level rewrites the draft; a new version is kept beside the earlier ones. */
    @PreAuthorize("hasAuthority('DOCUMENT_APPROVE')")
    @PostMapping("/{id}/sua")
    String edit(@PathVariable long id, @Valid @ModelAttribute("edit") EditForm edit, BindingResult errors,
                Authentication user, Model model) {
        if (errors.hasErrors()) {
            return show(id, user, model);
        }
        outgoing.edit(id, edit.toDraft(outgoing.document(id)), user.getName(), Actors.roles(user));
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_APPROVE')")
    @PostMapping("/{id}/sua-tep")
    String editWithFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                        Authentication user, Model model, Locale locale) throws IOException {
        String problem;
        if (file == null || file.isEmpty()) {
            problem = messages.getMessage("documents.outgoing.edit.file-required", null, locale);
        } else {
            try {
                outgoing.edit(id, file.getBytes(), file.getOriginalFilename(), user.getName(), Actors.roles(user));
                return "redirect:/quan-tri/van-ban-di/" + id;
            } catch (CongsoException e) {
                if (e.code() != DocumentsError.INVALID_FILE) {
                    throw e;
                }
                problem = message(e, locale);
            }
        }
        model.addAttribute("fieldErrors", Map.of("editFile", problem));
        return show(id, user, model);
    }

    // NĐ30 Đ18: a document with wrong content is replaced by a draft of the same form, with the reason
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/{id}/thay-the")
    String replace(@PathVariable long id, @RequestParam(required = false) Long replacementId,
                   @RequestParam(required = false) String replacementReason, Authentication user, Model model,
                   Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (replacementId == null) {
            problems.put("replacementId", messages.getMessage("documents.outgoing.replace.choose", null, locale));
        }
        if (replacementReason == null || replacementReason.isBlank()) {
            problems.put("replacementReason", messages.getMessage("documents.outgoing.replace.reason-required", null,
                    locale));
        }
        if (problems.isEmpty()) {
            try {
                outgoing.replaceWith(replacementId, id, replacementReason, user.getName());
                return "redirect:/quan-tri/van-ban-di/" + replacementId;
            } catch (CongsoException e) {
                problems.put("replacementId", message(e, locale));
            }
        }
        model.addAttribute("fieldErrors", problems);
        return show(id, user, model);
    }

    // NĐ137 Đ9 k4 d: the draft answers a dossier; the code is checked against the dossiers that exist
    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/ho-so")
    String answerDossier(@PathVariable long id, @RequestParam(required = false) String dossierCode,
                         Authentication user, Model model, Locale locale) {
        try {
            outgoing.answerDossier(id, dossierCode, user.getName());
            return "redirect:/quan-tri/van-ban-di/" + id;
        } catch (CongsoException e) {
            if (e.code() != DocumentsError.REQUIRED && e.code() != DocumentsError.UNKNOWN_DOSSIER) {
                throw e;
            }
            model.addAttribute("fieldErrors", Map.of("dossierCode", message(e, locale)));
            return show(id, user, model);
        }
    }

    private static boolean may(Authentication user, String permission) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission));
    }

    private String message(CongsoException e, Locale locale) {
        return messages.getMessage(e.code().messageKey(), e.arguments(), locale);
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/trinh")
    String submit(@PathVariable long id, Authentication user) {
        outgoing.submit(id, user.getName());
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_APPROVE')")
    @PostMapping("/{id}/duyet")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, Authentication user) {
        outgoing.approve(id, user.getName(), Actors.roles(user), comment);
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_APPROVE')")
    @PostMapping("/{id}/tra-lai")
    String returnToDrafter(@PathVariable long id, @RequestParam(required = false) String comment, Authentication user) {
        outgoing.returnToDrafter(id, user.getName(), Actors.roles(user), comment);
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_SIGN')")
    @PostMapping("/{id}/ky")
    String sign(@PathVariable long id, Authentication user) {
        outgoing.sign(id, user.getName());
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/{id}/ban-hanh")
    String issue(@PathVariable long id, Authentication user) {
        outgoing.issue(id, user.getName());
        return "redirect:/quan-tri/van-ban-di/" + id;
    }

    private static String form(Model model) {
        model.addAttribute("types", COMPOSABLE);
        model.addAttribute("urgencies", Priority.values());
        return "documents/outgoing-form";
    }
}
