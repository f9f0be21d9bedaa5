package vn.congso.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a congso handler method that names no permission ({@code @PreAuthorize},
 * {@code @RolesAllowed}) and is not declared public ({@code @PermitAll}) is refused, so a new
 * endpoint cannot be exposed by forgetting its rule.
 */
final class DenyUnannotatedHandlers implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && method.getBeanType().getName().startsWith("vn.congso.")
                && !namesPermission(method)) {
            throw new AccessDeniedException("Handler names no permission: " + method);
        }
        return true;
    }

    static boolean namesPermission(HandlerMethod method) {
        return has(method, PreAuthorize.class) || has(method, PermitAll.class) || has(method, RolesAllowed.class);
    }

    private static boolean has(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> annotation) {
        return method.hasMethodAnnotation(annotation)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
    }
}
