package vn.congso.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A JSON endpoint that exists only in tests, to prove the API conventions every real endpoint inherits. */
@RestController
@PermitAll
class ProbeApiController {

    record Probe(@NotBlank String name, @Max(100) int count, LocalDate date) {
    }

    @PostMapping("/api/v1/test-probe")
    Probe echo(@Valid @RequestBody Probe probe) {
        return probe;
    }

    @GetMapping("/api/v1/test-probe")
    int page(@RequestParam int page) {
        return page;
    }
}
