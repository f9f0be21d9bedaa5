package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.congso.testing.CongsoIntegrationTest;

/**
 * The endpoint × role table: every congso endpoint, for a visitor and for each role, is expected to
 * answer as the permission it names says (from {@link Permission}). New endpoints join the table by
 * existing; the table is written to {@code target/endpoint-roles.md} for review.
 */
@CongsoIntegrationTest
class EndpointAuthorizationTests {

    private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([A-Z_]+)'\\)");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEachRoleAsItsPermissionSays() throws Exception {
        List<String> table = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        table.add("| endpoint | rule | visitor | " + String.join(" | ", EnumSet.allOf(Role.class).stream().map(Enum::name).toList()) + " |");
        table.add("|---|---|---|" + "---|".repeat(Role.values().length));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getName().startsWith("vn.congso.") || isErrorController(handler)) {
                continue;
            }
            String rule = rule(handler);
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                HttpMethod method = method(mapping.getKey());
                StringBuilder row = new StringBuilder("| " + method + " " + pattern + " | " + rule + " |");
                row.append(' ').append(check(method, path, null, rule, wrong)).append(" |");
                for (Role role : Role.values()) {
                    row.append(' ').append(check(method, path, role, rule, wrong)).append(" |");
                }
                table.add(row.toString());
            }
        }
        write(table);
        assertThat(wrong).as("endpoints that answer a role against their rule").isEmpty();
        assertThat(table).as("the table covers the admin endpoints").anyMatch(row -> row.contains("/quan-tri/nhat-ky"));
    }

    /** Refused before the handler runs, so every method is tried for refusal; only GETs are tried for access. */
    private String check(HttpMethod method, String path, Role role, String rule, List<String> wrong) throws Exception {
        boolean allowed = allowed(rule, path, role);
        if (allowed && method != HttpMethod.GET) {
            return "allowed (not called)";
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(csrf());
        if (role != null) {
            request.with(user("probe-" + role.name().toLowerCase()).authorities(AccountDetailsService.authorities(Set.of(role))));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.contains("/dang-nhap");
        boolean refused = status == 403 || status == 401 || toLogin;
        if (allowed == refused) {
            wrong.add(method + " " + path + " as " + (role == null ? "visitor" : role) + ": " + status
                    + (location == null ? "" : " → " + location) + " (rule " + rule + ")");
        }
        return refused ? String.valueOf(status) : "ok " + status;
    }

    private static boolean allowed(String rule, String path, Role role) {
        boolean staffOnly = path.startsWith("/quan-tri/");
        if (rule.equals("public")) {
            return !staffOnly || (role != null && Permission.STAFF_AREA.grantedTo(role));
        }
        if (rule.equals("none") || role == null) {
            return false;
        }
        Permission permission = Permission.valueOf(rule);
        return permission.grantedTo(role) && (!staffOnly || Permission.STAFF_AREA.grantedTo(role));
    }

    private static String rule(HandlerMethod handler) {
        PreAuthorize pre = handler.getMethodAnnotation(PreAuthorize.class);
        if (pre == null) {
            pre = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (pre != null) {
            Matcher m = AUTHORITY.matcher(pre.value());
            return m.find() ? m.group(1) : "none";
        }
        boolean permitAll = handler.hasMethodAnnotation(PermitAll.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PermitAll.class);
        return permitAll ? "public" : "none";
    }

    private static HttpMethod method(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? HttpMethod.GET : HttpMethod.valueOf(methods.iterator().next().name());
    }

    private static boolean isErrorController(HandlerMethod handler) {
        return org.springframework.boot.web.servlet.error.ErrorController.class.isAssignableFrom(handler.getBeanType());
    }

    private static void write(List<String> table) throws IOException {
        Path out = Path.of("target", "endpoint-roles.md");
        Files.createDirectories(out.getParent());
        Files.write(out, table);
    }
}
