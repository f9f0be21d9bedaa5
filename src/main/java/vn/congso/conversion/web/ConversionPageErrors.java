package vn.congso.conversion.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.congso.shared.CongsoException;

/** A failure on a conversion page (unknown code, missing access code) as a page that says what went wrong. */
@ControllerAdvice(assignableTypes = {ConversionController.class, LookupController.class, BatchController.class})
class ConversionPageErrors {

    @ExceptionHandler(CongsoException.class)
    ModelAndView failure(CongsoException e, HttpServletResponse response) {
        response.setStatus(e.code().status().value());
        ModelAndView page = new ModelAndView("conversion/error");
        page.addObject("error", e);
        return page;
    }
}
