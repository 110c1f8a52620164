package org.tremplin.testing;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a client without JavaScript sees them: HTTP with the session cookie, in French, logged in
 * through the login form, posting forms with the hidden fields a browser would send (the form's view
 * state, and the nonce that PrimeFaces' script adds in CSP mode).
 */
public final class FormClient {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final CookieManager cookies;
    private final HttpClient http;
    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private FormClient(URL base) {
        this(new CookieManager(new BrowserCookies(), CookiePolicy.ACCEPT_ALL), base);
    }

    private FormClient(CookieManager cookies, URL base) {
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.base = URI.create(base.toString());
    }

    /** The same browser (its cookies, so its session) at another address: another instance of a cluster. */
    public FormClient at(URL other) {
        return new FormClient(cookies, other);
    }

    /** The cookies this browser holds for its server, with their attributes: to hand its session to a real browser. */
    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().get(base);
    }

    /** The Cookie header this browser sends to its server ({@code name=value; …}): for a load tool. */
    public String cookieHeader() {
        return cookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * Cookies sent back as a browser does, {@code name=value}: Java's store keeps the RFC 2965 version of a
     * cookie set with attributes it knows from that RFC, and then quotes the value, which Payara's session
     * version cookie (a distributable app's) does not parse.
     */
    private static final class BrowserCookies implements CookieStore {
        private final CookieStore store = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            cookie.setVersion(0);
            store.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return store.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return store.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return store.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return store.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return store.removeAll();
        }
    }

    public static FormClient anonymous(URL base) {
        return new FormClient(base);
    }

    /** Logs in through the login form, as a person would; fails unless it lands on the dashboard. */
    public static FormClient logIn(URL base, String username) {
        return logIn(base, username, Api.DEMO_PASSWORD);
    }

    /** Logs in with a password of one's own (the benchmark's accounts). */
    public static FormClient logIn(URL base, String username, String password) {
        FormClient client = new FormClient(base);
        Map<String, String> fields = client.get("login.xhtml").form("login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        Page home = client.post("login.xhtml", fields);
        if (!home.path().equals("/index.xhtml")) {
            throw new AssertionError(username + " could not log in: " + home.path() + " " + home.status());
        }
        return client;
    }

    /**
     * A form's fields as PrimeFaces posts them for an ajax behaviour: the event of {@code source},
     * processing only it and rendering {@code render}. Add the source's value.
     */
    public static Map<String, String> ajax(Map<String, String> form, String source, String event, String render) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        fields.put("jakarta.faces.behavior.event", event);
        fields.put("jakarta.faces.partial.event", event);
        return fields;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts form fields (redirects followed, as a GET). */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends this header with each later request ({@code null}: no more). */
    public FormClient header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "fr-FR,fr;q=0.9");
        headers.forEach(b::header);
        return b;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            return new Page(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page answered: status, where it ended after redirects, headers, HTML. */
    public record Page(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String path() {
            return response.uri().getPath();
        }

        public String body() {
            return response.body();
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        /** The nonce of the page's Content-Security-Policy (null if none). */
        public String nonce() {
            Matcher m = NONCE.matcher(String.join(" ", headers("Content-Security-Policy")));
            return m.find() ? m.group(1) : null;
        }

        /** The text of the page's h1. */
        public String title() {
            Matcher m = Pattern.compile("<h1>([^<]*)</h1>").matcher(body());
            return m.find() ? m.group(1).strip() : null;
        }

        /**
         * The hidden fields a browser posts with this form: its name, its view state, PrimeFaces' nonce.
         * Add the inputs and the button pressed.
         */
        public Map<String, String> form(String id) {
            int start = body().indexOf("<form id=\"" + id + "\"");
            if (start < 0) {
                throw new AssertionError("no form " + id + " on " + path());
            }
            String form = body().substring(start, body().indexOf("</form>", start));
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(form);
            if (!state.find()) {
                throw new AssertionError("no view state in form " + id + " on " + path());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(id, id);
            fields.put("jakarta.faces.ViewState", state.group(1));
            fields.put("primefaces.nonce", nonce());
            return fields;
        }

        @Override
        public String toString() {
            return status() + " " + path();
        }
    }
}
