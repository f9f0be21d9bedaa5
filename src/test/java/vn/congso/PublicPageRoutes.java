package vn.congso;

import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The public HTML pages the application serves, read from its own handler mapping: every congso
 * {@code @PermitAll} GET handler that renders a view (not a JSON body, not a file download). A page
 * added later appears here without anyone listing it, so the browser tests cannot forget it.
 */
final class PublicPageRoutes {

    private PublicPageRoutes() {
    }

    static Set<String> of(RequestMappingHandlerMapping mapping) {
        Set<String> patterns = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            if (isPublicPage(info, method)) {
                patterns.addAll(info.getPatternValues());
            }
        });
        return patterns;
    }

    private static boolean isPublicPage(RequestMappingInfo info, HandlerMethod method) {
        return method.getBeanType().getName().startsWith("vn.congso.")
                && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                && (method.hasMethodAnnotation(PermitAll.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PermitAll.class))
                && !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !ResponseEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
    }
}
