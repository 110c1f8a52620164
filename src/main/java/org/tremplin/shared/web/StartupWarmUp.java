package org.tremplin.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The main pages asked once in the background after a start, so that the first people of the morning (and everyone
 * after a deploy or a fail-over) do not pay for what a page costs only the first time: compiling its views, loading
 * and running cold the code its components and queries need (measured at scale 10: the learner list 250 ms the
 * first time, then 50).
 * <p>
 * It begins at the app's first request ({@link WarmUpTrigger}: the first that can tell the app's own address), and
 * asks each page of {@link #PAGES} {@link #ROUNDS} times over that address, as a coordinator of a site that cannot
 * exist ({@link #SITES}): a caller that sees no one, whose pages run their queries and render their empty tables. The caller is let in by
 * {@code TremplinAuthenticationMechanism} only on a request that carries the secret of this warm-up in {@link #HEADER}
 * and comes from the machine itself, while the warm-up runs: the secret is 256 random bits drawn for it, held only
 * here, and forgotten when it ends. Nothing is written: the pages are read with GET, no account exists for the caller,
 * and the session the pages open holds no one.
 * <p>
 * {@code TREMPLIN_WARM_UP=false} turns it off.
 */
@ApplicationScoped
public class StartupWarmUp {

    /** The request header that carries the warm-up's secret. */
    public static final String HEADER = "X-Tremplin-Warm-Up";
    /** The caller of the warm-up's requests: a name no account can have (parentheses are refused in user names). */
    public static final String CALLER = "(warm-up)";
    /**
     * The sites of that caller: one that cannot exist (the sequence draws positive ids), so that the pages run the
     * queries a coordinator's pages run, in their shape, and find no one.
     */
    public static final List<Long> SITES = List.of(-1L);
    /** The pages a coordinator opens through the day, each a view of its own. */
    static final List<String> PAGES = List.of("index.xhtml", "learners/list.xhtml", "learners/intake.xhtml",
            "equipment/list.xhtml", "equipment/loans.xhtml", "cohorts/list.xhtml", "training/sessions.xhtml",
            "training/calendar.xhtml", "outcomes/queue.xhtml", "account/tokens.xhtml");
    static final int ROUNDS = 2;
    static final String ENABLED = "TREMPLIN_WARM_UP";

    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class.getName());

    private final AtomicBoolean begun = new AtomicBoolean();
    private volatile byte[] secret;

    /** Begins the warm-up over the address this request came in by, once per start (and never over HTTPS). */
    public void begin(HttpServletRequest request) {
        if (begun.get() || request.isSecure() || !"http".equals(request.getScheme()) || !begun.compareAndSet(false, true)) {
            return;
        }
        if (!ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(true)) {
            return; // read once: turned off, no later request asks again
        }
        String host = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]" : request.getLocalAddr();
        URI base = URI.create("http://" + host + ":" + request.getLocalPort() + request.getContextPath() + "/");
        Thread.ofPlatform().daemon().name("tremplin-warm-up").start(() -> run(base));
    }

    /**
     * Whether a request is one of the warm-up's: the secret in {@link #HEADER} while the warm-up runs, sent from
     * the machine itself (the address it came from is the one it came to).
     */
    public boolean accepts(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null && accepts(header, request.getRemoteAddr(), request.getLocalAddr());
    }

    boolean accepts(String header, String from, String to) {
        byte[] expected = secret;
        return expected != null && from != null && from.equals(to)
                && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
    }

    /** Draws the secret of a warm-up; {@link #end()} forgets it. */
    String open() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        secret = value.getBytes(StandardCharsets.US_ASCII);
        return value;
    }

    void end() {
        secret = null;
    }

    private void run(URI base) {
        long t0 = System.nanoTime();
        List<String> failed = new ArrayList<>();
        try {
            String value = open();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            for (int round = 0; round < ROUNDS; round++) {
                for (String page : PAGES) {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(page)).header(HEADER, value)
                            .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200 && round == 0) {
                        failed.add(page + " " + r.statusCode());
                    }
                }
            }
        } catch (Exception e) {
            failed.add(e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            end();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (failed.isEmpty()) {
            LOG.info(() -> "Start-up warm-up: " + PAGES.size() + " pages asked " + ROUNDS + " times in " + ms + " ms, each answered 200");
        } else {
            LOG.log(Level.WARNING, "Start-up warm-up ended in {0} ms; not warmed: {1}", new Object[] {ms, failed});
        }
    }
}
