package org.tremplin.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /logout}: the header's "log out" button, a plain form on every page. It ends the session whatever
 * state the page is in (a page left open past the session's end, or whose Faces view has gone, still logs out),
 * and the page needs no Faces form of its own for it. Only a POST logs out: another site cannot end the session
 * with a link or an image (and the session cookie is SameSite=Lax, so it is not sent with another site's
 * form); a GET goes back to the home page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // the offline register's copies and outbox go with the session: nothing personal stays in this browser
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.sendRedirect(request.getContextPath() + TremplinAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
