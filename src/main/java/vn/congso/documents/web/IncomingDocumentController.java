package vn.congso.documents.web;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.congso.documents.IncomingDocumentManagement;
import vn.congso.documents.IncomingDocumentManagement.PaperEntry;
import vn.congso.documents.IncomingDocumentManagement.State;
import vn.congso.documents.edxml.Priority;

/**
 * Staff pages of incoming documents (văn bản đến): register, assign, process, complete. Parameters are
 * optional at binding so the permission is checked before anything else; the facade refuses what is missing.
 */
@Controller
@RequestMapping("/quan-tri/van-ban-den")
class IncomingDocumentController {

    private final IncomingDocumentManagement incoming;

    IncomingDocumentController(IncomingDocumentManagement incoming) {
        this.incoming = incoming;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping
    String list(Model model) {
        model.addAttribute("arrived", incoming.awaitingRegistration());
        model.addAttribute("documents", incoming.queue(State.REGISTERED, State.ASSIGNED, State.IN_PROGRESS));
        model.addAttribute("overdue", incoming.overdue().stream().map(r -> r.id()).toList());
        return "documents/incoming-list";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/goi-tin/{envelopeId}/vao-so")
    String register(@PathVariable long envelopeId, Authentication user) {
        incoming.registerArrived(envelopeId, user.getName());
        return "redirect:/quan-tri/van-ban-den";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/goi-tin/{envelopeId}/tu-choi")
    String refuse(@PathVariable long envelopeId, @RequestParam(required = false) String reason, Authentication user) {
        incoming.refuseArrived(envelopeId, reason, user.getName());
        return "redirect:/quan-tri/van-ban-den";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/van-ban-giay")
    String registerPaper(@RequestParam(required = false) String sender,
                         @RequestParam(required = false) String numberSymbol,
                         @RequestParam(required = false) LocalDate documentDate,
                         @RequestParam(required = false) String subject,
                         @RequestParam(defaultValue = "NORMAL") Priority urgency,
                         @RequestParam(defaultValue = "PAPER") String channel,
                         @RequestParam(required = false) MultipartFile scan,
                         Authentication user) throws IOException {
        incoming.registerPaperScan(new PaperEntry(sender, numberSymbol, documentDate, subject, urgency,
                "EMAIL".equals(channel) ? "EMAIL" : "PAPER"), scan == null ? null : scan.getBytes(),
                scan == null ? null : scan.getOriginalFilename(), user.getName());
        return "redirect:/quan-tri/van-ban-den";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DIRECT')")
    @PostMapping("/{id}/phan-cong")
    String assign(@PathVariable long id, @RequestParam(required = false) String department,
                  @RequestParam(required = false) String assignee, @RequestParam(required = false) String direction,
                  @RequestParam(required = false) LocalDate deadline, Authentication user) {
        incoming.assign(id, department, assignee, direction, deadline, user.getName());
        return "redirect:/quan-tri/van-ban-den";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/xu-ly")
    String start(@PathVariable long id, Authentication user) {
        incoming.startProcessing(id, user.getName());
        return "redirect:/quan-tri/van-ban-den";
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/hoan-thanh")
    String complete(@PathVariable long id, @RequestParam(required = false) String result, Authentication user) {
        incoming.complete(id, result, user.getName());
        return "redirect:/quan-tri/van-ban-den";
    }
}
