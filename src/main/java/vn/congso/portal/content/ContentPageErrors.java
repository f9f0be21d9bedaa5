package vn.congso.portal.content;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.congso.shared.CongsoException;

/**
 * A content page that fails with a known code answers with that code's status; the container then
 * shows the portal's friendly error page. (JSON endpoints get problem documents from the shared handler.)
 */
@ControllerAdvice(assignableTypes = {NewsController.class, ArticleStaffController.class, ArticlePdfController.class,
        AtomFeedController.class, BilingualPageController.class, RelatedLinkController.class, CatalogueController.class,
        DatasetDownloadController.class})
class ContentPageErrors {

    @ExceptionHandler(CongsoException.class)
    void failed(CongsoException e, HttpServletResponse response) throws IOException {
        response.sendError(e.code().status().value());
    }
}
