package org.tremplin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session without a browser: the login form posted over HTTP, the session
 * cookie kept, pages fetched as HTML (for checks on what a page shows, not how it behaves).
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final HttpClient client;

    private WebSession(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Signs in through the login page with the demo password. */
    public static WebSession login(URL base, String username) {
        WebSession s = new WebSession(base);
        String form = s.get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(form);
        if (!m.find()) {
            throw new AssertionError("no view state on the login page");
        }
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(Api.DEMO_PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.uri().getPath().endsWith("login.xhtml")) {
            throw new AssertionError(username + " could not sign in: " + r.statusCode());
        }
        return s;
    }

    /** A page's HTML; fails unless it answers 200. */
    public String get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET().build());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The status of a GET (redirects followed). */
    public int status(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build()).statusCode();
    }

    private URI uri(String path) {
        return URI.create(base.toString() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
