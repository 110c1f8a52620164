package org.tremplin.equipment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tremplin.equipment.application.LoanPapers;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Downloads;
import org.tremplin.shared.web.Language;

/**
 * {@code /equipment/document?loan=ID&kind=agreement|receipt}: a loan's PDF in the user's language.
 * Under /equipment/*, so for admins and coordinators only; the loan must be of one of their sites.
 */
@WebServlet("/equipment/document")
public class LoanDocumentServlet extends HttpServlet {

    @Inject
    LoanPapers papers;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getParameter("kind");
        long loanId;
        try {
            loanId = Long.parseLong(request.getParameter("loan"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"agreement".equals(kind) && !"receipt".equals(kind)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] pdf;
        try {
            pdf = "agreement".equals(kind) ? papers.agreement(loanId, language.getLocale()) : papers.receipt(loanId, language.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ConflictException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        Downloads.pdf(response, kind + "-" + loanId + ".pdf", pdf);
    }
}
