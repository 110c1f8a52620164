package org.tremplin.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened (GET) with a view parameter missing where it is required, or that cannot be read
 * ({@code learners/view.xhtml}, {@code ?id=abc}), answers 404 with the app's page: its view action was not
 * run, so there is nothing to show, and rendering it anyway failed with a 500. An id that is read but
 * unknown or outside the caller's scope is answered 404 by the view action itself ({@link Pages#load}).
 */
public class BadViewParameters implements PhaseListener {

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            Pages.notFound();
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
