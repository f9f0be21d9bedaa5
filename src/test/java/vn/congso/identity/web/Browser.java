package vn.congso.identity.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as the tests need one: keeps its cookies (the session), does not follow redirects, and
 * sends the CSRF token the last form page carried, as a real form would.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Page(int status, String body, java.net.http.HttpHeaders headers) {

        String location() {
            return headers.firstValue("Location").orElse("");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String forwardedFor;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Pretends to come through the reverse proxy from this client address. */
    Browser from(String address) {
        this.forwardedFor = address;
        return this;
    }

    Page get(String path) {
        return send(request(path).header("Accept", "text/html").GET().build());
    }

    /** Posts a form (name, value, name, value, …) with the session's current CSRF token. */
    Page post(String path, String... pairs) {
        List<String> withToken = new ArrayList<>(List.of(pairs));
        withToken.add("_csrf");
        withToken.add(csrfToken());
        return postWithoutToken(path, withToken.toArray(String[]::new));
    }

    Page postWithoutToken(String path, String... pairs) {
        return send(request(path).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(pairs))).build());
    }

    Page postJson(String path, String json) {
        return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Page login(String username, String password) {
        return post("/dang-nhap", "username", username, "password", password);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("CONGSO_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The token of this session; the login page always carries one. Login changes it, so it is read afresh. */
    private String csrfToken() {
        Matcher token = CSRF.matcher(get("/dang-nhap").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return token.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
