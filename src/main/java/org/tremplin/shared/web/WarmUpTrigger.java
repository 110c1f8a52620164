package org.tremplin.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/** The app's first request begins the start-up warm-up ({@link StartupWarmUp}): it tells the app its own address. */
@WebListener
public class WarmUpTrigger implements ServletRequestListener {

    @Inject
    StartupWarmUp warmUp;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            warmUp.begin(request);
        }
    }
}
