package org.tremplin.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.PasswordHash;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tremplin.identity.application.Passwords;
import org.tremplin.shared.infrastructure.TremplinDataSource;
import org.tremplin.testing.FastHash;
import org.tremplin.testing.FormClient;

/**
 * The benchmark (docs/benchmarks.md): starts the app as shipped on the generated database and prints
 * each figure next to its baseline, measured side by side in one run, and their ratio:
 * <ul>
 * <li>the ESF+ report page ÷ the same aggregate written by hand in plain SQL (whose figures must equal
 * the app's, checked through the API);</li>
 * <li>the learner list at offset 90,000 (or the last page on smaller data) ÷ its first page;</li>
 * <li>learner list p95 under 20 logged-in users (wrk, a session each) ÷ p95 of a static file, and the floor of
 * a page: the layout alone (the 404 page) under the same load;</li>
 * <li>the API's learner list p95 under 20 token clients ÷ the static file, and the floor of a token call: one
 * learner by id;</li>
 * <li>the first visit of each main page after the start (once the warm-up has ended and the JIT has gone quiet) ÷
 * its next visits;</li>
 * <li>login p95 ÷ one password hash at the configured iterations;</li>
 * <li>start-up to the first 200 ÷ an empty Payara Micro's start-up; heap after the load test.</li>
 * </ul>
 * Arguments: the app's jar and Payara Micro's jar. The database comes from the environment, as for the app.
 */
public final class Benchmark {

    static final int USERS = DataGenerator.COORDINATORS;
    static final int ROWS = 20;
    static final int DEEP_OFFSET = 90_000;
    static final String HEAP = "-Xmx512m";
    private static final Path LOGS = Path.of("target", "bench");

    private final Path appJar;
    private final Path microJar;
    private final List<String[]> lines = new ArrayList<>();
    private Process app;
    /** When the app first answered 200 (System.nanoTime). */
    private long readyAt;
    private URL base;

    private Benchmark(Path appJar, Path microJar) {
        this.appJar = appJar;
        this.microJar = microJar;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Benchmark APP_JAR PAYARA_MICRO_JAR");
        }
        Files.createDirectories(LOGS);
        Benchmark b = new Benchmark(Path.of(args[0]), Path.of(args[1]));
        try {
            b.run();
        } finally {
            if (b.app != null) {
                b.app.destroy();
                b.app.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private void run() throws Exception {
        DataSet data = DataSet.read();
        System.out.printf("Tremplin benchmark, %s, %d cores, %s: %,d learners, %,d attendance rows, %,d loans%n",
                data.database(), Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now(),
                data.learners(), data.attendance(), data.loans());

        if (data.h2()) {
            // embedded H2 is held by one process: the hand-written SQL reads a copy of the same file
            Path copy = LOGS.resolve("h2-copy");
            Files.createDirectories(copy);
            Files.copy(TremplinDataSource.dataDir(org.eclipse.microprofile.config.ConfigProvider.getConfig()).resolve("tremplin.mv.db"), copy.resolve("tremplin.mv.db"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        double empty = part("startup")
                ? startUp(List.of(microJar.toString(), "--nocluster", "--disablephonehome"), "/", code -> code > 0) : 0;
        System.out.println(aotCache().map(c -> "app started with the ahead-of-time cache " + c)
                .orElse("app started without an ahead-of-time cache (config/bench.sh aot writes one)"));
        double started = startUp(List.of(appJar.toString()), "/login.xhtml", code -> code == 200);
        if (part("startup")) {
            line("start-up to first 200 (s)", started, "empty Payara Micro", empty, Target.ratio(1.5));
        }

        List<FormClient> users = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            users.add(FormClient.logIn(base, DataGenerator.coordinator(i), DataGenerator.PASSWORD));
        }
        FormClient admin = FormClient.logIn(base, "bench-admin", DataGenerator.PASSWORD);

        if (part("first")) {
            awaitWarmUp();
            firstVisits(users.get(0), admin);
        }
        if (part("esf")) {
            esf(data, admin);
        }
        if (part("deep")) {
            deepPage(data, users.get(0));
        }
        if (part("load")) {
            load(users);
        }
        if (part("api")) {
            api();
        }
        if (part("login")) {
            login();
        }
        heap();

        System.out.println();
        System.out.printf("%-40s %12s   %-28s %12s %8s   %-9s %s%n", "measure", "app", "baseline", "", "ratio", "target", "");
        for (String[] l : lines) {
            System.out.printf("%-40s %12s   %-28s %12s %8s   %-9s %s%n", (Object[]) l);
        }
    }

    /**
     * Whether this run measures {@code name} (startup, first, esf, deep, load, api, login): all of them unless
     * BENCH_PARTS lists some, e.g. BENCH_PARTS=load while working on one figure. The heap is always read.
     */
    static boolean part(String name) {
        String parts = System.getenv("BENCH_PARTS");
        return parts == null || parts.isBlank() || List.of(parts.split("[ ,]+")).contains(name);
    }

    // ---- start-up --------------------------------------------------------------------------------

    /** Seconds from the process start to the first answer that satisfies the predicate. */
    private double startUp(List<String> command, String path, IntPredicate ready) throws Exception {
        int port = freePort();
        boolean isApp = command.get(0).equals(appJar.toString());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP));
        cmd.addAll(words("BENCH_JVM_OPTS")); // e.g. a profiler's flags
        if (isApp) {
            aotCache().ifPresent(cache -> cmd.add("-XX:AOTCache=" + cache));
        }
        cmd.add("-jar");
        cmd.addAll(command);
        if (isApp) {
            cmd.addAll(words("BENCH_APP_ARGS")); // more Payara Micro options for the app
        }
        cmd.addAll(List.of("--port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(isApp ? "app.log" : "empty-payara.log").toFile());
        pb.environment().remove("TREMPLIN_DEMO");
        long t0 = System.nanoTime();
        Process p = pb.start();
        awaitAnswer(p, cmd, URI.create("http://127.0.0.1:" + port + path).toURL(), ready);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (isApp) {
            readyAt = System.nanoTime();
            app = p;
            base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        } else {
            p.destroy();
            p.waitFor(60, TimeUnit.SECONDS);
        }
        return seconds;
    }

    /**
     * The JDK's ahead-of-time cache written for this jar by {@code config/bench.sh aot} (a file beside it, named after it,
     * newer than it), as the app is started in production; none when {@code BENCH_AOT=0} (to measure without it).
     */
    java.util.Optional<Path> aotCache() throws IOException {
        Path cache = appJar.resolveSibling(appJar.getFileName().toString().replaceFirst("[.]jar$", "") + ".aot");
        boolean usable = !"0".equals(System.getenv("BENCH_AOT")) && Files.isRegularFile(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(appJar)) > 0;
        return usable ? java.util.Optional.of(cache) : java.util.Optional.empty();
    }

    /** Asks {@code url} every 50 ms until its answer satisfies {@code ready} (10 minutes at most, while {@code p} lives). */
    static void awaitAnswer(Process p, List<String> cmd, URL url, IntPredicate ready) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!ready.test(status(url))) {
            if (!p.isAlive()) {
                throw new IllegalStateException(cmd + " ended with " + p.exitValue() + ": see " + LOGS);
            }
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
                throw new IllegalStateException(cmd + " not ready after 10 minutes: see " + LOGS);
            }
            Thread.sleep(50);
        }
    }

    /** The words of an environment variable (none when unset). */
    private static List<String> words(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static int status(URL url) {
        try {
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(30_000);
            int code = c.getResponseCode();
            c.disconnect();
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- ESF+ report -----------------------------------------------------------------------------

    private void esf(DataSet data, FormClient admin) throws Exception {
        String query = "programme=" + data.synapse() + "&from=" + DataGenerator.PERIOD_START + "&to=" + DataGenerator.PERIOD_END;
        Map<String, long[]> app = apiFigures(query);
        Map<String, long[]> hand;
        try (Connection c = handConnection(data)) {
            hand = HandSql.figures(c, data.synapse(), DataGenerator.PERIOD_START, DataGenerator.PERIOD_END, data.minDays());
            if (!hand.keySet().equals(app.keySet()) || hand.entrySet().stream()
                    .anyMatch(e -> !java.util.Arrays.equals(e.getValue(), app.get(e.getKey())))) {
                throw new IllegalStateException("the hand-written SQL and the app disagree:\n app  " + print(app)
                        + "\n hand " + print(hand));
            }
            System.out.println("hand-written SQL and the app agree on every ESF+ cell: EECO01 (women, men, non-binary, total) = "
                    + java.util.Arrays.toString(app.get("EECO01")));
            List<Double> page = new ArrayList<>();
            List<Double> sql = new ArrayList<>();
            for (int i = 0; i < 13; i++) { // interleaved; the first three warm up both
                double p = time(() -> expect200(admin.get("reports/esf.xhtml?" + query)));
                double s = time(() -> HandSql.figures(c, data.synapse(), DataGenerator.PERIOD_START,
                        DataGenerator.PERIOD_END, data.minDays()));
                if (i >= 3) {
                    page.add(p);
                    sql.add(s);
                }
            }
            line("ESF+ report page, median (ms)", median(page), "hand-written SQL (JDBC)", median(sql), Target.ratio(0.25));
        }
    }

    private static Connection handConnection(DataSet data) throws SQLException {
        if (!data.h2()) {
            return DataGenerator.dataSource().getConnection();
        }
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        // H2 hands back the last result of a query it runs again on unchanged tables: the baseline is
        // the work of the query, not that shortcut
        h2.setURL("jdbc:h2:file:" + LOGS.resolve("h2-copy").resolve("tremplin").toAbsolutePath()
                + ";OPTIMIZE_REUSE_RESULTS=FALSE");
        h2.setUser("tremplin");
        h2.setPassword("");
        return h2.getConnection();
    }

    /** The report as the API gives it to an admin (no masking): code → {women, men, non-binary, total}. */
    private Map<String, long[]> apiFigures(String query) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = Base64.getEncoder().encodeToString(("bench-admin:" + DataGenerator.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/reports/esf?" + query))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("ESF+ API answered " + r.statusCode() + ": " + r.body());
        }
        JsonObject report = Json.createReader(new StringReader(r.body())).readObject();
        Map<String, long[]> figures = new TreeMap<>();
        for (JsonValue v : report.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            figures.put(i.getString("code"), new long[] {
                i.getJsonNumber("women").longValue(), i.getJsonNumber("men").longValue(),
                i.getJsonNumber("nonBinary").longValue(), i.getJsonNumber("total").longValue()});
        }
        return figures;
    }

    private static String print(Map<String, long[]> figures) {
        StringBuilder s = new StringBuilder();
        figures.forEach((k, v) -> s.append(k).append(java.util.Arrays.toString(v)).append(' '));
        return s.toString();
    }

    // ---- first visits ----------------------------------------------------------------------------

    /** The main pages of a coordinator (and the admin's), each asked for the first time since the start. */
    static final List<String> MAIN_PAGES = List.of("learners/list.xhtml", "learners/intake.xhtml",
            "equipment/list.xhtml", "equipment/loans.xhtml", "cohorts/list.xhtml", "training/sessions.xhtml",
            "training/calendar.xhtml", "outcomes/queue.xhtml", "account/tokens.xhtml");
    static final List<String> ADMIN_PAGES = List.of("admin/accounts.xhtml", "admin/programmes.xhtml", "admin/audit.xhtml");

    /**
     * Each main page's first visit after the start (the logins have shown the dashboard, the warm-up has ended)
     * against the median of its next five: what the first users of the morning wait for. Run before every other part.
     */
    private void firstVisits(FormClient coordinator, FormClient admin) throws Exception {
        double worst = 0;
        double[] worstTimes = {0, 0};
        String worstPage = "";
        List<Double> ratios = new ArrayList<>();
        for (String page : java.util.stream.Stream.concat(MAIN_PAGES.stream(), ADMIN_PAGES.stream()).toList()) {
            FormClient user = ADMIN_PAGES.contains(page) ? admin : coordinator;
            double first = time(() -> expect200(user.get(page)));
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                warm.add(time(() -> expect200(user.get(page))));
            }
            double ratio = first / median(warm);
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "first visit %-26s %7.1f ms, then %6.1f ms (median of 5) = %5.2fx%n", page, first,
                    median(warm), ratio);
            if (ratio > worst) {
                worst = ratio;
                worstPage = page;
                worstTimes = new double[] {first, median(warm)};
            }
        }
        System.out.printf(Locale.ROOT, "first visits: median of the %d pages' ratios %.2f%n", ratios.size(), median(ratios));
        line("first visit, worst page (ms)", worstTimes[0], "the same page warm: " + worstPage, worstTimes[1], Target.ratio(2));
    }

    /**
     * Waits for the start-up warm-up to end (its line in the app's log) and for the JIT compilers to go quiet (their
     * threads' CPU time still for a second, read from /proc), and prints when that was: the first visits measure what
     * the warm-up leaves to the first person after it, not two cores shared with the warm-up and with the compiling
     * of what it ran (the first page asked paid for that: 2.7-2.95x in the runs before, always the learner list).
     */
    private void awaitWarmUp() throws Exception {
        Path log = LOGS.resolve("app.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                .noneMatch(l -> l.contains("Start-up warm-up: ") && (l.contains("pages asked") || l.contains("ended in")))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no end of the start-up warm-up in " + log);
            }
            Thread.sleep(100);
        }
        double warmedUp = (System.nanoTime() - readyAt) / 1e9;
        long ticks = compilerTicks(app.pid());
        for (int i = 0; i < 30 && ticks >= 0; i++) {
            Thread.sleep(1000);
            long now = compilerTicks(app.pid());
            if (now - ticks < 5) { // under 50 ms of compiling in that second
                break;
            }
            ticks = now;
        }
        System.out.printf(Locale.ROOT, "first visits after the warm-up (ended %.1f s after the first 200) and the JIT's"
                + " compiling (quiet %.1f s after)%n", warmedUp, (System.nanoTime() - readyAt) / 1e9);
    }

    /** The CPU time (clock ticks) of the JIT compiler threads of a process, from /proc; -1 where there is none. */
    static long compilerTicks(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long sum = 0;
        try (var threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                try {
                    String name = Files.readString(t.resolve("comm")).trim();
                    if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
                        String stat = Files.readString(t.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime: fields 14 and 15
                    }
                } catch (IOException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    // ---- deep page -------------------------------------------------------------------------------

    private void deepPage(DataSet data, FormClient user) throws Exception {
        long offset = Math.min(DEEP_OFFSET, (data.listed() - 1) / ROWS * ROWS);
        long deepPage = offset / ROWS + 1;
        String deepName = name(user.get("learners/list.xhtml?page=" + deepPage));
        String firstName = name(user.get("learners/list.xhtml?page=1"));
        if (deepName == null || firstName == null || deepName.equals(firstName)) {
            throw new IllegalStateException("the deep page (" + deepName + ") and the first (" + firstName + ") should differ");
        }
        List<Double> first = new ArrayList<>();
        List<Double> deep = new ArrayList<>();
        // a page not asked before each time (pages 2, 3… and the deep page, the one before it…): the ids of a page
        // asked again are kept a few seconds (LearnerLists), and the measure is the database's cut at each depth
        for (int i = 0; i < 23; i++) {
            long near = 2 + i;
            long far = deepPage - 1 - i;
            double f = time(() -> expect200(user.get("learners/list.xhtml?page=" + near)));
            double d = time(() -> expect200(user.get("learners/list.xhtml?page=" + far)));
            if (i >= 3) {
                first.add(f);
                deep.add(d);
            }
        }
        line(String.format(Locale.ROOT, "learner list at offset %,d, median (ms)", offset), median(deep),
                "the first pages", median(first), Target.ratio(3));
    }

    private static final Pattern FIRST_ROW = Pattern.compile("class=\"learner-name\"[^>]*>([^<]+)<");

    private static String name(FormClient.Page page) {
        expect200(page);
        Matcher m = FIRST_ROW.matcher(page.body());
        return m.find() ? m.group(1) : null;
    }

    // ---- load ------------------------------------------------------------------------------------

    private void load(List<FormClient> users) throws Exception {
        Path cookies = LOGS.resolve("cookies.txt");
        List<String> jar = new ArrayList<>();
        for (FormClient u : users) {
            jar.add(u.cookieHeader());
        }
        Files.write(cookies, jar);
        Path script = LOGS.resolve("users.lua");
        Files.writeString(script, usersScript(cookies, "Cookie", ""));
        // the same users reading each page for 0.5 to 1.5 s before the next click
        Path reading = LOGS.resolve("reading-users.lua");
        Files.writeString(reading, usersScript(cookies, "Cookie", """
                function delay()
                  return math.random(500, 1500)
                end
                """));
        String list = base + "learners/list.xhtml";
        String file = base + "resources/css/tremplin.css";
        // warm-up: 60 s, because after 30 s the JIT compilers still took a seventh of the app's CPU in
        // the measured load (see compilerShare, printed on the load line)
        wrk(script, list, 60);
        wrk(script, file, 5);
        Map<Boolean, Long> before = threadTicks();
        long[] listed = wrk(script, list, 30);
        Map<Boolean, Long> after = threadTicks();
        long[] stat = wrk(script, file, 30);
        long[] read = wrk(reading, list, 30);
        long[] readStat = wrk(reading, file, 30);
        line("learner list p95, 20 users (ms)", listed[1] / 1000.0, "static file p95, 20 users", stat[1] / 1000.0, Target.ratio(5));
        line("  same, each reading 0.5-1.5 s (ms)", read[1] / 1000.0, "static file, same users", readStat[1] / 1000.0, Target.most(250, "ms"));
        // the floor of a page: the layout alone (menu, head, a paragraph: the 404 page asked directly), same users
        String layout = base + "error/404.xhtml";
        wrk(script, layout, 10);
        long[] bare = wrk(script, layout, 30);
        line("  floor: the layout alone (ms)", bare[1] / 1000.0, "static file p95, 20 users", stat[1] / 1000.0, Target.NONE);
        System.out.printf(Locale.ROOT, "load floor: the layout alone %d requests in 30 s (%.0f/s), p50 %.1f ms%n",
                bare[3], bare[3] / 30.0, bare[0] / 1000.0);
        System.out.printf(Locale.ROOT, "load: learner list %d requests in 30 s (%.0f/s), p50 %.1f ms, p99 %.1f ms;"
                + " static file %d requests, p50 %.2f ms; reading users: %d pages (%.0f/s), p50 %.1f ms;"
                + " JIT compiler threads %s of the app's CPU during the list load%n", listed[3],
                listed[3] / 30.0, listed[0] / 1000.0, listed[2] / 1000.0, stat[3], stat[0] / 1000.0, read[3],
                read[3] / 30.0, read[0] / 1000.0, compilerShare(before, after));
    }

    /** The app's CPU ticks so far, split into its JIT compiler threads (true) and the others (false); Linux only. */
    private Map<Boolean, Long> threadTicks() {
        Map<Boolean, Long> ticks = new HashMap<>(Map.of(true, 0L, false, 0L));
        Path tasks = Path.of("/proc", Long.toString(app.pid()), "task");
        try (var threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    boolean compiler = Files.readString(t.resolve("comm")).contains("Compiler");
                    ticks.merge(compiler, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum); // utime + stime
                } catch (IOException | RuntimeException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException noProc) {
            return Map.of();
        }
        return ticks;
    }

    static String compilerShare(Map<Boolean, Long> before, Map<Boolean, Long> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "unknown (no /proc)";
        }
        long compiler = after.get(true) - before.get(true);
        long all = compiler + after.get(false) - before.get(false);
        return all <= 0 ? "unknown" : String.format(Locale.ROOT, "%.1f %%", 100.0 * compiler / all);
    }

    /**
     * wrk's script: one user per connection (-t20 -c20: one connection per thread), each sending its own
     * line of {@code values} as the {@code header} (a logged-in session's cookie, or an API token); a line
     * {@code value|/path} also gives that user's own path (else every user asks wrk's URL).
     */
    private static String usersScript(Path values, String header, String more) {
        return """
                -- one user per connection (wrk -t20 -c20: one connection per thread)
                local values = {}
                for line in io.lines("%s") do values[#values + 1] = line end
                local n = 0
                function setup(thread)
                  n = n + 1
                  thread:set("value", values[(n - 1) %% #values + 1])
                end
                function init(args)
                  local bar = string.find(value, "|", 1, true)
                  if bar then
                    wrk.path = string.sub(value, bar + 1)
                    value = string.sub(value, 1, bar - 1)
                  end
                  wrk.headers["%s"] = value
                  wrk.headers["Accept-Language"] = "fr-FR"
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("BENCH p50=%%d p95=%%d p99=%%d requests=%%d errors=%%d non2xx=%%d\\n",
                    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests,
                    e.connect + e.read + e.write + e.timeout, e.status))
                end
                """.formatted(values.toAbsolutePath(), header) + more;
    }

    /** Runs wrk with 20 connections (a session each): {p50, p95, p99 in µs, requests}; fails on errors. */
    private long[] wrk(Path script, String url, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t" + USERS, "-c" + USERS, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("BENCH p50=(\\d+) p95=(\\d+) p99=(\\d+) requests=(\\d+) errors=(\\d+) non2xx=(\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no figures:\n" + out);
        }
        if (Long.parseLong(m.group(5)) > 0 || Long.parseLong(m.group(6)) > 0) {
            throw new IllegalStateException("wrk met errors or non-2xx answers on " + url + ":\n" + out);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
            Long.parseLong(m.group(4))};
    }

    // ---- the API with a token --------------------------------------------------------------------

    /**
     * The API's learner list (20 rows) under 20 clients without pause, each with its own personal access
     * token (a coordinator's, READ), against a static file asked by the same clients: a token is checked
     * on every request, without a session (no password hash: the token's digest is looked up).
     */
    private void api() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            String auth = Base64.getEncoder().encodeToString((DataGenerator.coordinator(i) + ":" + DataGenerator.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/tokens"))
                    .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark " + System.nanoTime()
                            + "\",\"scope\":\"READ\",\"expiresOn\":\"" + java.time.LocalDate.now().plusDays(1) + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("token for " + DataGenerator.coordinator(i) + ": " + r.statusCode() + " " + r.body());
            }
            tokens.add("Bearer " + Json.createReader(new StringReader(r.body())).readObject().getString("token"));
        }
        Path values = LOGS.resolve("tokens.txt");
        Files.write(values, tokens);
        Path script = LOGS.resolve("token-clients.lua");
        Files.writeString(script, usersScript(values, "Authorization", ""));
        String list = base + "api/learners?size=20";
        String file = base + "resources/css/tremplin.css";
        wrk(script, list, 30); // warm-up
        wrk(script, file, 5);
        long[] listed = wrk(script, list, 30);
        long[] stat = wrk(script, file, 30);
        line("API learner list p95, 20 token clients (ms)", listed[1] / 1000.0, "static file p95, same clients",
                stat[1] / 1000.0, Target.ratio(5));
        System.out.printf(Locale.ROOT, "api: learner list %d requests in 30 s (%.0f/s), p50 %.1f ms, p99 %.1f ms%n",
                listed[3], listed[3] / 30.0, listed[0] / 1000.0, listed[2] / 1000.0);
        // the floor of a token call: one learner by id (the first of each client's list), same clients
        List<String> single = new ArrayList<>();
        for (String token : tokens) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/learners?size=1"))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
            long id = Json.createReader(new StringReader(r.body())).readArray().getJsonObject(0).getJsonNumber("id").longValue();
            single.add(token + "|" + base.getPath() + "api/learners/" + id);
        }
        Path singleValues = LOGS.resolve("token-learner.txt");
        Files.write(singleValues, single);
        Path singleScript = LOGS.resolve("token-learner.lua");
        Files.writeString(singleScript, usersScript(singleValues, "Authorization", ""));
        String host = base.toString(); // each client's own path comes from its line
        wrk(singleScript, host, 10);
        long[] one = wrk(singleScript, host, 30);
        line("  floor: one learner by id (ms)", one[1] / 1000.0, "static file p95, same clients", stat[1] / 1000.0, Target.NONE);
        System.out.printf(Locale.ROOT, "api floor: one learner %d requests in 30 s (%.0f/s), p50 %.1f ms%n",
                one[3], one[3] / 30.0, one[0] / 1000.0);
    }

    // ---- login -----------------------------------------------------------------------------------

    private void login() throws Exception {
        PasswordHash hasher = FastHash.create(Passwords.ITERATIONS);
        String stored = hasher.generate(DataGenerator.PASSWORD.toCharArray());
        List<Double> hashes = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            double t = time(() -> hasher.verify(DataGenerator.PASSWORD.toCharArray(), stored));
            if (i >= 3) {
                hashes.add(t);
            }
        }
        List<Double> logins = new ArrayList<>();
        for (int i = 0; i < 43; i++) {
            String user = DataGenerator.coordinator(1 + i % USERS);
            double t = time(() -> FormClient.logIn(base, user, DataGenerator.PASSWORD));
            if (i >= 3) {
                logins.add(t);
            }
        }
        line("login p95, one at a time (ms)", percentile(logins, 95),
                String.format(Locale.ROOT, "one hash, %,d iterations", Passwords.ITERATIONS), median(hashes), Target.ratio(2));
        // the home page's figures are kept 10 s by scope (DashboardFigures), and the 20 coordinators share one: the
        // logins above find them kept but the first; a login alone after a quiet moment reads them again
        List<Double> alone = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread.sleep(Long.parseLong(org.tremplin.shared.domain.BaseEntity.KEPT_MILLIS) + 500);
            String user = DataGenerator.coordinator(1 + i);
            alone.add(time(() -> FormClient.logIn(base, user, DataGenerator.PASSWORD)));
        }
        line("  median of 5, each alone 10.5 s apart (ms)", median(alone), "one hash", median(hashes), Target.NONE);
    }

    // ---- heap ------------------------------------------------------------------------------------

    private void heap() throws Exception {
        long used = heapUsed(false);
        long afterGc = heapUsed(true);
        Target target = Target.most(384, "MB");
        lines.add(new String[] {"heap used after the load test (MB)", Long.toString(used / 1024),
            "after a full GC (" + HEAP + ")", Long.toString(afterGc / 1024), "", target.text(), target.verdict(used / 1024.0, 0)});
    }

    /** The app's used heap in KB, read with jcmd, optionally after a full collection. */
    private long heapUsed(boolean collect) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        if (collect) {
            new ProcessBuilder(jcmd, Long.toString(app.pid()), "GC.run").start().waitFor();
        }
        Process p = new ProcessBuilder(jcmd, Long.toString(app.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("total (?:reserved )?(\\d+)K, (?:committed \\d+K, )?used (\\d+)K").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no heap figures from jcmd:\n" + out);
        }
        return Long.parseLong(m.group(2));
    }

    /**
     * What issue 20 asks of a figure (docs/benchmarks.md): at most a ratio of its baseline, or at most an amount of its
     * own; printed beside the ratio with whether this run met it. {@link #NONE}: a figure printed to explain another.
     */
    record Target(double most, boolean ofBaseline, String unit) {

        static final Target NONE = new Target(Double.NaN, true, "");

        static Target ratio(double most) {
            return new Target(most, true, "×");
        }

        static Target most(double most, String unit) {
            return new Target(most, false, " " + unit);
        }

        String text() {
            if (Double.isNaN(most)) {
                return "";
            }
            String amount = most == Math.rint(most) ? Long.toString((long) most) : Double.toString(most);
            return "≤ " + amount + unit;
        }

        /** "met" or "NOT met" for this figure and its baseline (blank without a target). */
        String verdict(double app, double base) {
            if (Double.isNaN(most)) {
                return "";
            }
            double figure = ofBaseline ? Math.round(app / base * 100) / 100.0 : app; // the ratio as printed
            return figure <= most ? "met" : "NOT met";
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    interface Timed {
        void run() throws Exception;
    }

    /** Milliseconds one call takes. */
    private static double time(Timed call) throws Exception {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static FormClient.Page expect200(FormClient.Page page) {
        if (page.status() != 200 || page.path().endsWith("login.xhtml")) {
            throw new IllegalStateException("expected the page, got " + page);
        }
        return page;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()); // nearest rank
        return sorted.get(Math.max(0, rank - 1));
    }

    private void line(String measure, double app, String baseline, double base, Target target) {
        lines.add(new String[] {measure, format(app), baseline, format(base),
            String.format(Locale.ROOT, "%.2f×", app / base), target.text(), target.verdict(app, base)});
        System.out.printf(Locale.ROOT, "%s: %s ÷ %s %s = %.2f%n", measure, format(app), baseline, format(base), app / base);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    /** What the database holds, read before the app starts. */
    record DataSet(String database, long learners, long listed, long attendance, long loans, long synapse, int minDays) {

        boolean h2() {
            return database.startsWith("H2");
        }

        static DataSet read() throws SQLException {
            try (Connection c = DataGenerator.dataSource().getConnection(); Statement s = c.createStatement()) {
                return new DataSet(c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion(),
                        one(s, "SELECT COUNT(*) FROM learner"), one(s, "SELECT COUNT(*) FROM learner WHERE restricted_on IS NULL"),
                        one(s, "SELECT COUNT(*) FROM attendance"), one(s, "SELECT COUNT(*) FROM loan"),
                        one(s, "SELECT id FROM programme WHERE name = 'Synapse'"),
                        (int) one(s, "SELECT min_attendance_days FROM programme WHERE name = 'Synapse'"));
            }
        }

        private static long one(Statement s, String sql) throws SQLException {
            try (ResultSet r = s.executeQuery(sql)) {
                if (!r.next()) {
                    throw new IllegalStateException("no generated data (" + sql + "): run config/bench.sh generate SCALE first");
                }
                return r.getLong(1);
            }
        }
    }
}
