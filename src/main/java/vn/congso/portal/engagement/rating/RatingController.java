package vn.congso.portal.engagement.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.portal.engagement.ErrorPages;
import vn.congso.shared.CongsoException;

/** The rating form (NĐ42 Đ8 k1 d), a plain HTML form that works without JavaScript. */
@Controller
@PermitAll
class RatingController {

    static final String PATH = "/danh-gia";
    private static final Map<String, Criterion> FIELDS = Map.of("interfaceScore", Criterion.INTERFACE,
            "contentScore", Criterion.CONTENT, "qualityScore", Criterion.QUALITY, "supportScore", Criterion.SUPPORT);

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "muc", required = false) String item, Model model) {
        RatingForm form = new RatingForm();
        String path = Ratings.item(item);
        form.setItem(path == null ? Ratings.PORTAL : path);
        return page(model, form);
    }

    @PostMapping(PATH)
    String rate(@ModelAttribute("rating") RatingForm form, BindingResult errors, Model model, HttpServletRequest request,
                RedirectAttributes redirect) {
        FIELDS.forEach((field, criterion) -> {
            Integer score = form.scores().get(criterion);
            if (!errors.hasFieldErrors(field) && (score == null || score < 1 || score > 5)) {
                errors.rejectValue(field, "engagement.rating.choose-score");
            }
        });
        if (Ratings.item(form.getItem()) == null) {
            errors.rejectValue("item", "engagement.rating.bad-item");
        }
        if (form.getComment() != null && form.getComment().strip().length() > Ratings.MAX_COMMENT) {
            errors.rejectValue("comment", "engagement.form.too-long");
        }
        if (errors.hasErrors()) {
            return page(model, form);
        }
        try {
            ratings.rate(form.getItem(), form.scores(), form.getComment(), request.getRemoteAddr());
        } catch (CongsoException e) {
            if (e.code() != EngagementError.RATING_ALREADY_GIVEN) {
                throw e;
            }
            model.addAttribute("alreadyRated", true);
            return page(model, form);
        }
        redirect.addFlashAttribute("thanks", true);
        redirect.addAttribute("muc", Ratings.item(form.getItem()));
        return "redirect:" + PATH;
    }

    private static String page(Model model, RatingForm form) {
        model.addAttribute("rating", form);
        model.addAttribute("isPortal", Ratings.PORTAL.equals(Ratings.item(form.getItem())));
        model.addAttribute("criteria", List.of(
                new Field("interfaceScore", Criterion.INTERFACE), new Field("contentScore", Criterion.CONTENT),
                new Field("qualityScore", Criterion.QUALITY), new Field("supportScore", Criterion.SUPPORT)));
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
        return "engagement/rating-form";
    }

    /** One criterion's form field, for the template. */
    record Field(String name, Criterion criterion) {
    }

    @ExceptionHandler(CongsoException.class)
    ModelAndView failed(CongsoException e, HttpServletResponse response) {
        return ErrorPages.of(e, response);
    }
}
