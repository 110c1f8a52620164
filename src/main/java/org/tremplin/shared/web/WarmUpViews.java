package org.tremplin.shared.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
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
 * open one then no longer pays for compiling it and loading its components' classes.
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
        for (String id : all) {
            try {
                UIViewRoot root = views.createView(faces, id);
                faces.setViewRoot(root);
                views.getViewDeclarationLanguage(faces, id).buildView(faces, root);
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
