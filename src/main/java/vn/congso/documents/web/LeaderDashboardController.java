package vn.congso.documents.web;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.documents.IncomingDocumentManagement;
import vn.congso.documents.OutgoingDocumentManagement;

/**
 * The leader's desk (/quan-tri/lanh-dao): drafts awaiting approval or signature, incoming documents to
 * assign, overdue work and per-department statistics.
 */
@Controller
class LeaderDashboardController {

    private final OutgoingDocumentManagement outgoing;
    private final IncomingDocumentManagement incoming;

    LeaderDashboardController(OutgoingDocumentManagement outgoing, IncomingDocumentManagement incoming) {
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DIRECT')")
    @GetMapping("/quan-tri/lanh-dao")
    String desk(Model model) {
        model.addAttribute("toApprove", outgoing.queue(OutgoingDocumentManagement.State.IN_APPROVAL));
        model.addAttribute("toSign", outgoing.queue(OutgoingDocumentManagement.State.APPROVED));
        model.addAttribute("toAssign", incoming.queue(IncomingDocumentManagement.State.REGISTERED));
        model.addAttribute("inProgress", incoming.queue(IncomingDocumentManagement.State.ASSIGNED,
                IncomingDocumentManagement.State.IN_PROGRESS));
        model.addAttribute("overdue", incoming.overdue());
        model.addAttribute("statistics", incoming.statistics());
        model.addAttribute("defaultDeadline", LocalDate.now().plusDays(7));
        return "documents/leader";
    }

    // one-click direction: the leader's comment and deadline in a single form post (status 04 to the sender)
    @PreAuthorize("hasAuthority('DOCUMENT_DIRECT')")
    @PostMapping("/quan-tri/lanh-dao/van-ban-den/{id}/chi-dao")
    String direct(@PathVariable long id, @RequestParam(required = false) String department,
                  @RequestParam(required = false) String direction, @RequestParam(required = false) LocalDate deadline,
                  Authentication user) {
        incoming.assign(id, department, null, direction, deadline, user.getName());
        return "redirect:/quan-tri/lanh-dao";
    }
}
