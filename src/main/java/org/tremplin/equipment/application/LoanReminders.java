package org.tremplin.equipment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.equipment.infrastructure.LoanRepository;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.infrastructure.Mailer;
import org.tremplin.shared.web.Texts;

/**
 * The daily reminder: each coordinator with an e-mail address gets one message listing the
 * overdue loans of their sites and those due within a week. Without an SMTP server configured,
 * it only logs what it would have sent; a failing server is logged and the app goes on.
 */
@ApplicationScoped
public class LoanReminders {

    private static final Logger LOG = Logger.getLogger(LoanReminders.class.getName());

    /** Loans due within this many days are announced with the overdue ones. */
    static final int DUE_SOON_DAYS = 7;

    @Inject
    AccountRepository accounts;

    @Inject
    LoanRepository loans;

    @Inject
    Mailer mailer;

    /** What one run did: messages sent, coordinators with nothing to report, failures. */
    public record Report(int sent, int nothingToSend, int failed, boolean mailConfigured) {
    }

    public Report send(LocalDate today) {
        Locale locale = Locale.FRENCH; // accounts have no language of their own yet: the programmes' language
        ResourceBundle labels = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String baseUrl = mailer.baseUrl();
        int sent = 0;
        int empty = 0;
        int failed = 0;
        for (Account coordinator : accounts.coordinatorsWithEmail()) {
            List<Long> siteIds = coordinator.getSites().stream().map(Site::getId).toList();
            List<ReminderLine> lines = loans.openDueBy(siteIds, today.plusDays(DUE_SOON_DAYS)).stream()
                    .map(o -> line(o, labels)).toList();
            ReminderMail.Message message = ReminderMail.compose(locale, coordinator.getDisplayName(), baseUrl, today, lines);
            if (message == null) {
                empty++;
            } else if (!mailer.isConfigured()) {
                LOG.info(() -> "No SMTP server configured (" + Mailer.HOST + "): the reminder to " + coordinator.getUsername()
                        + " (" + lines.size() + " loans) is not sent.");
            } else {
                try {
                    mailer.send(coordinator.getEmail(), message.subject(), message.body());
                    sent++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warning(() -> "Reminder to " + coordinator.getUsername() + " not sent: " + e.getMessage());
                }
            }
        }
        Report report = new Report(sent, empty, failed, mailer.isConfigured());
        LOG.info(() -> "Loan reminders of " + today + ": " + report);
        return report;
    }

    private static ReminderLine line(Loan o, ResourceBundle labels) {
        return new ReminderLine(o.getId(), o.getLearner().getFullName(), o.getEquipment().getAssetTag(),
                labels.getString("EquipmentType." + o.getEquipment().getType()), o.getDueDate());
    }
}
