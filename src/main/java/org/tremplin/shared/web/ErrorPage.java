package org.tremplin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Error pages show an incident id; the exception is logged under that id, never shown. */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private String incident;

    public String getIncident() {
        if (incident == null) {
            incident = UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.get(RequestDispatcher.ERROR_REQUEST_URI),
                    error instanceof Throwable t ? t : null);
        }
        return incident;
    }
}
