package vn.congso.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.congso.shared.CongsoException;

/**
 * A refused action on a document page (wrong state, not this approval level, not found) comes back as
 * a page with the reason in Vietnamese and the code's HTTP status, instead of a bare error page.
 */
@ControllerAdvice(assignableTypes = {OutgoingDocumentController.class, IncomingDocumentController.class,
        RegisterController.class, LeaderDashboardController.class, WorkFileController.class})
class DocumentsPageErrors {

    @ExceptionHandler(CongsoException.class)
    ModelAndView refused(CongsoException e, HttpServletResponse response) {
        response.setStatus(e.code().status().value());
        ModelAndView page = new ModelAndView("documents/refused");
        page.addObject("messageKey", e.code().messageKey());
        page.addObject("arguments", e.arguments());
        page.setStatus(e.code().status());
        return page;
    }
}
