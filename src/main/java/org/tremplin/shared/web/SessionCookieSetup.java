package org.tremplin.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie flags: HttpOnly, SameSite=Lax, and Secure when the app is served over HTTPS (behind a TLS proxy):
 * {@code TREMPLIN_SECURE_COOKIE=true}. Plain HTTP on localhost keeps working without it.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("TREMPLIN_SECURE_COOKIE", Boolean.class).orElse(false);
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax"); // ignored by Payara 7: see SameSiteCookies
    }
}
