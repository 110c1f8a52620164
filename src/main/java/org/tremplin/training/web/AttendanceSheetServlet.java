package org.tremplin.training.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tremplin.identity.application.AccountService;
import org.tremplin.identity.domain.Account;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Downloads;
import org.tremplin.shared.web.Language;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.infrastructure.AttendanceSheets;

/**
 * {@code /training/sheet?session=ID}: the session's attendance sheet to print and sign, in the
 * user's language. Under /training/*, so for admins, coordinators (their sites) and its trainer.
 */
@WebServlet("/training/sheet")
public class AttendanceSheetServlet extends HttpServlet {

    private final AttendanceSheets sheets = new AttendanceSheets();

    @Inject
    AttendanceService attendance;

    @Inject
    AccountService accounts;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long sessionId;
        try {
            sessionId = Long.parseLong(request.getParameter("session"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] pdf;
        try {
            AttendanceService.Register r = attendance.register(sessionId);
            String trainer = accounts.byUsername(r.session().getTrainer()).map(Account::getDisplayName)
                    .orElse(r.session().getTrainer());
            pdf = sheets.sheet(r.session(), r.members(), r.marks(), trainer, language.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.pdf(response, "emargement-" + sessionId + ".pdf", pdf);
    }
}
