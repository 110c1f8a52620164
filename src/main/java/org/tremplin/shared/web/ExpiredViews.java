package org.tremplin.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A post whose view cannot be restored (view state forged, replayed or dropped from the session) runs
 * nothing and leads to the expired page by a redirect, ajax or not. Left to the servlet container, the
 * exception would reach the catch-all 500 page, or no page at all when the post carries no PrimeFaces
 * nonce. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    static final String PAGE = "/error/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static boolean isExpired(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (isExpired(events.next().getContext().getException())) {
                    events.remove();
                    toExpiredPage(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static void toExpiredPage(FacesContext faces) {
            if (faces.getResponseComplete()) {
                return;
            }
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
