package vn.congso.portal.engagement.rating;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Aggregated ratings for heads and leaders (NĐ42 Đ8 k1 d); single votes are never listed with anything that identifies them. */
@Controller
@PreAuthorize("hasAuthority('RATING_VIEW')")
class RatingStaffController {

    static final String PATH = "/quan-tri/danh-gia";

    private final Ratings ratings;

    RatingStaffController(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping(PATH)
    String overview(@RequestParam(name = "muc", required = false) String item, Model model) {
        model.addAttribute("criteria", Criterion.values());
        String path = item == null ? null : Ratings.item(item);
        if (path != null) {
            model.addAttribute("summary", ratings.summary(path));
            model.addAttribute("comments", ratings.comments(path, 50));
            model.addAttribute("scores", new int[] {1, 2, 3, 4, 5});
            return "engagement/rating-item";
        }
        model.addAttribute("items", ratings.items());
        return "engagement/rating-overview";
    }
}
