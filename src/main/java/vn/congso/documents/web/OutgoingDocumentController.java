package vn.congso.documents.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
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
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDocumentManagement.State;
import vn.congso.documents.edxml.Priority;

/** Staff pages of outgoing documents (văn bản đi): compose, approve, sign, issue. */
@Controller
@RequestMapping("/quan-tri/van-ban-di")
class OutgoingDocumentController {

    private final OutgoingDocumentManagement outgoing;
    private final ConversionManagement conversions;

    OutgoingDocumentController(OutgoingDocumentManagement outgoing, ConversionManagement conversions) {
        this.outgoing = outgoing;
        this.conversions = conversions;
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
    String show(@PathVariable long id, Model model) {
        var row = outgoing.document(id);
        model.addAttribute("document", row);
        model.addAttribute("awaited", outgoing.awaitedLevel(row));
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
            throw new vn.congso.shared.CongsoException(vn.congso.documents.DocumentsError.WRONG_STATE, row.state());
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
        model.addAttribute("types", new DocumentType[] {DocumentType.OFFICIAL_LETTER, DocumentType.DECISION});
        model.addAttribute("urgencies", Priority.values());
        return "documents/outgoing-form";
    }
}
