package vn.congso.conversion.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.congso.conversion.BatchProgress;
import vn.congso.conversion.ConversionManagement;

/**
 * Progress of a batch. Without JavaScript the page reloads itself through the HTTP {@code Refresh}
 * header until the batch is complete (no inline script or meta tag needed under the strict CSP); htmx,
 * when present, polls the same page.
 */
@Controller
@PreAuthorize("hasAuthority('CONVERSION_PERFORM')")
class BatchController {

    static final int REFRESH_SECONDS = 3;

    private final ConversionManagement conversions;

    BatchController(ConversionManagement conversions) {
        this.conversions = conversions;
    }

    @GetMapping("/quan-tri/chuyen-doi/lo/{id}")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        BatchProgress progress = conversions.batchProgress(id);
        if (!progress.complete()) {
            response.setHeader("Refresh", Integer.toString(REFRESH_SECONDS));
        }
        model.addAttribute("progress", progress);
        return "conversion/batch";
    }
}
