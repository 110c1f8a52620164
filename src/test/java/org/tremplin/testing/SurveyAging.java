package org.tremplin.testing;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * A test seam of the shared app only (never in the product's WAR): {@code POST ?id=&days=} moves a survey
 * invitation {@code days} into the past (sent and expiry dates), so that a black-box test can open a link that
 * has expired without waiting a month.
 */
@WebServlet(SurveyAging.PATH)
public class SurveyAging extends HttpServlet {

    public static final String PATH = RequestStatements.PATH + "/survey-aging";

    @PersistenceUnit(unitName = "tremplin")
    EntityManagerFactory emf;

    @Resource
    UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        int days = Integer.parseInt(request.getParameter("days"));
        try {
            tx.begin();
            EntityManager em = emf.createEntityManager();
            em.joinTransaction();
            int changed = em.createNativeQuery("UPDATE survey_invitation SET sent_at = sent_at - CAST(?1 AS INTEGER) * INTERVAL '1' DAY,"
                    + " expires_on = expires_on - CAST(?2 AS INTEGER) * INTERVAL '1' DAY WHERE id = ?3")
                    .setParameter(1, days).setParameter(2, days).setParameter(3, id).executeUpdate();
            tx.commit();
            em.close();
            emf.getCache().evictAll();
            response.setStatus(changed == 1 ? 204 : 404);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
