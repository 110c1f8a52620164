package org.tremplin.bench;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.testing.FormClient;

/**
 * Times pages of a running app one by one, for the changes measured on their own in docs/benchmarks.md (next to
 * PostgreSQL's statement log): {@code config/bench.sh pages URL USER PASSWORD N PAGE...} asks each page N times in a
 * row as USER; {@code config/bench.sh home URL USER PASSWORD N} asks the home page N times once its figures have
 * expired (kept {@link BaseEntity#KEPT_MILLIS} ms), then at once, and times a login alone as long after.
 */
public final class PageTimes {

    private PageTimes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || !List.of("pages", "home").contains(args[0])) {
            System.err.println("usage: PageTimes pages|home URL USER PASSWORD N [PAGE...]");
            System.exit(2);
        }
        URL base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/").toURL();
        int n = Integer.parseInt(args[4]);
        FormClient user = FormClient.logIn(base, args[2], args[3]);
        if (args[0].equals("pages")) {
            for (int p = 5; p < args.length; p++) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String page = args[p];
                    times.add(time(() -> Benchmark.expect200(user.get(page))));
                }
                System.out.println(args[p] + ": " + text(times));
            }
            return;
        }
        long expiry = Long.parseLong(BaseEntity.KEPT_MILLIS) + 500;
        List<Double> expired = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        List<Double> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread.sleep(expiry);
            expired.add(time(() -> Benchmark.expect200(user.get("index.xhtml"))));
            kept.add(time(() -> Benchmark.expect200(user.get("index.xhtml"))));
            Thread.sleep(expiry);
            logins.add(time(() -> FormClient.logIn(base, args[2], args[3])));
        }
        System.out.println("home page, its figures expired (ms): " + text(expired));
        System.out.println("home page, at once after (ms):       " + text(kept));
        System.out.println("a login alone (ms):                  " + text(logins));
    }

    private interface Call {
        void run() throws Exception;
    }

    private static double time(Call call) throws Exception {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String text(List<Double> times) {
        return String.join(" ", times.stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList());
    }
}
