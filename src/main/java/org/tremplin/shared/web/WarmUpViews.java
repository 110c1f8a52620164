package org.tremplin.shared.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.NumberConverter;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tremplin.shared.domain.WarmingUp;

/**
 * The views the start-up warm-up does not ask for as pages (an admin's pages, a learner's file and its tabs, the
 * register, the reports…) built once, after the warm-up's first page is rendered: Facelets reads and compiles each
 * one and builds its component tree, running its tag handlers only. Nothing is read from the database and nothing is
 * rendered, so the warm-up's caller (a coordinator who sees no one) may build an admin's page too; the first person to
 * open one then no longer pays for compiling it and loading its components' classes. The date and number converters
 * found in those views are then used once in each language on a made-up value ({@link Formats}).
 * <p>
 * The same request then fires {@link WarmingUp}: each feature runs once what its main pages read for a caller who
 * sees someone (the learners of a page, their sites), and drops it.
 */
public class WarmUpViews implements PhaseListener {

    private static final Logger LOG = Logger.getLogger(WarmUpViews.class.getName());

    @Inject
    StartupWarmUp warmUp;

    @Inject
    Event<WarmingUp> warmingUp;

    /** Set by the warm-up request that builds the views: once per start (Faces keeps one listener per app). */
    private final AtomicBoolean built = new AtomicBoolean();

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getRequest() instanceof HttpServletRequest request && warmUp.accepts(request)
                && built.compareAndSet(false, true)) {
            build(faces);
            read();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    private static void build(FacesContext faces) {
        long t0 = System.nanoTime();
        UIViewRoot shown = faces.getViewRoot();
        ViewHandler views = faces.getApplication().getViewHandler();
        List<String> failed = new ArrayList<>();
        List<String> all = views(faces.getExternalContext());
        Formats formats = new Formats();
        for (String id : all) {
            try {
                UIViewRoot root = views.createView(faces, id);
                faces.setViewRoot(root);
                views.getViewDeclarationLanguage(faces, id).buildView(faces, root);
                formats.collect(root);
            } catch (Exception | LinkageError e) {
                failed.add(id + ": " + e);
            } finally {
                faces.setViewRoot(shown);
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (failed.isEmpty()) {
            LOG.info(() -> "Start-up warm-up: " + all.size() + " views built in " + ms + " ms");
        } else {
            LOG.log(Level.WARNING, "Start-up warm-up: views not built: {0}", failed);
        }
        formats.use(faces);
    }

    /**
     * The date, time and number converters of the views built, each used once in each of the app's languages on a
     * made-up value. The JDK reads a language's formatting data (CLDR) the first time it formats a date or a number
     * in it: 15-40 ms, which the first page to show one paid, as the warm-up's pages show no one's dates.
     */
    static final class Formats {

        /** One converter of each kind: its class and what it was told (type, styles, pattern, currency…). */
        private final Map<String, Converter<?>> found = new LinkedHashMap<>();

        void collect(UIComponent component) {
            if (component instanceof ValueHolder holder && holder.getConverter() != null) {
                add(holder.getConverter());
            }
            component.getFacetsAndChildren().forEachRemaining(this::collect);
        }

        /** Keeps a date or number converter unless one of the same kind is kept; others have no language data. */
        void add(Converter<?> converter) {
            if (converter instanceof DateTimeConverter || converter instanceof NumberConverter) {
                found.putIfAbsent(key(converter), converter);
            }
        }

        /** Formats a made-up value with each converter found, in each language; how long it took is logged. */
        void use(FacesContext faces) {
            long t0 = System.nanoTime();
            List<Locale> locales = Language.ALL;
            UIComponent component = new HtmlOutputText();
            int used = 0;
            for (Converter<?> converter : found.values()) {
                for (Locale locale : locales) {
                    try {
                        format(faces, component, converter, locale);
                        used++;
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Start-up warm-up: converter " + key(converter) + " not used", e);
                    }
                }
            }
            int done = used;
            LOG.info(() -> "Start-up warm-up: " + found.size() + " date and number formats used in " + locales.size()
                    + " languages (" + done + ") in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }

        int size() {
            return found.size();
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static void format(FacesContext faces, UIComponent component, Converter converter, Locale locale) {
            if (converter instanceof DateTimeConverter date) {
                date.setLocale(locale);
                converter.getAsString(faces, component, sample(date.getType()));
            } else if (converter instanceof NumberConverter number) {
                number.setLocale(locale);
                converter.getAsString(faces, component, 1234.5);
            }
        }

        /** A value of the converter's type: the java.time types by their names in Faces, else a java.util.Date. */
        static Object sample(String type) {
            return switch (type == null ? "date" : type) {
                case "localDate" -> LocalDate.now();
                case "localTime" -> LocalTime.now();
                case "localDateTime" -> LocalDateTime.now();
                case "offsetTime" -> OffsetTime.now();
                case "offsetDateTime" -> OffsetDateTime.now();
                case "zonedDateTime" -> ZonedDateTime.now();
                default -> new Date();
            };
        }

        static String key(Converter<?> converter) {
            if (converter instanceof DateTimeConverter d) {
                return String.join("|", "date", d.getType(), d.getDateStyle(), d.getTimeStyle(), d.getPattern());
            }
            NumberConverter n = (NumberConverter) converter;
            return String.join("|", "number", n.getType(), n.getPattern(), n.getCurrencyCode(), n.getCurrencySymbol(),
                    Integer.toString(n.getMaxFractionDigits()), Integer.toString(n.getMinFractionDigits()));
        }
    }

    /** What the main pages read with a caller who sees someone, run once and dropped ({@link WarmingUp}). */
    private void read() {
        long t0 = System.nanoTime();
        try {
            warmingUp.fire(new WarmingUp());
            LOG.info(() -> "Start-up warm-up: the main pages' reads run in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Start-up warm-up: the main pages' reads failed", e);
        }
    }

    /**
     * Every Facelets file of the app outside {@code /WEB-INF} and {@code /resources} (the pages, and the parts they
     * include: built alone, a part is compiled as it would be when included), but for the pages the warm-up asks for.
     */
    static List<String> views(ExternalContext context) {
        Set<String> found = new TreeSet<>();
        collect(context, "/", found);
        StartupWarmUp.PAGES.forEach(page -> found.remove("/" + page));
        return List.copyOf(found);
    }

    private static void collect(ExternalContext context, String folder, Set<String> found) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                if (!path.equals("/WEB-INF/") && !path.equals("/META-INF/") && !path.equals("/resources/")) {
                    collect(context, path, found);
                }
            } else if (path.endsWith(".xhtml")) {
                found.add(path);
            }
        }
    }
}
