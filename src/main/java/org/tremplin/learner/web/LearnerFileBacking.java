package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.web.Pages;

/**
 * learners/view.xhtml: the learner file and its tabs. Each tab is an included page under learners/tabs/ with a
 * bean of its own where it holds more than the person (enrolments, consents, and in other features loans,
 * attendance, skills); this bean holds the person, the open tab and the history that gathers the others.
 */
@Named
@ViewScoped
public class LearnerFileBacking implements Serializable {

    /** The tabs of learners/view.xhtml in their order; consents and loans only for those who see sensitive data. */
    private static final List<String> TABS = List.of("profile", "enrolments", "consents", "loans", "attendance", "skills",
            "history", "rights");

    /** The index of a tab (an id of {@link #TABS}) for its {@code tab} parameter, as the caller's file shows the tabs. */
    public static int tabIndex(String tabId, boolean seesSensitive) {
        List<String> shown = TABS.stream().filter(t -> seesSensitive || !(t.equals("consents") || t.equals("loans"))).toList();
        int index = shown.indexOf(tabId);
        if (index < 0) {
            throw new IllegalArgumentException("no tab " + tabId + " on the learner file");
        }
        return index;
    }

    /** One line of the history tab. */
    public record HistoryEntry(LocalDate date, String key, String detail) {
    }

    @Inject
    LearnerService learners;

    @Inject
    CurrentUser user;

    @Inject
    LearnerEnrolmentsBacking enrolments;

    @Inject
    LearnerConsentsBacking consents;

    private Long id;
    private Learner learner;
    private int tab;

    /** View action: a learner outside the user's scope is "not found". */
    public void load() {
        Pages.load(this::refresh);
    }

    /** Reads the person again (after a change made from one of the tabs). */
    void refresh() {
        learner = learners.get(id);
    }

    /** The tab that opens after a post from one of the tabs. */
    public void show(String tabId) {
        tab = tabIndex(tabId, user.isSeesSensitive());
    }

    /** Enrolments and consents as one timeline, newest first. */
    public List<HistoryEntry> getHistory() {
        List<HistoryEntry> history = new ArrayList<>();
        for (Enrolment e : enrolments.getEnrolments()) {
            history.add(new HistoryEntry(e.getEntryDate(), "history.entry", e.getCohort().getName()));
            if (e.getExitDate() != null) {
                history.add(new HistoryEntry(e.getExitDate(), "history.exit." + e.getExitReason(), e.getCohort().getName()));
            }
        }
        for (Consent c : consents.getConsents()) {
            history.add(new HistoryEntry(c.getGivenOn(), c.isGiven() ? "history.consentGiven" : "history.consentRefused",
                    "ConsentPurpose." + c.getPurpose()));
            if (c.getWithdrawnOn() != null) {
                history.add(new HistoryEntry(c.getWithdrawnOn(), "history.consentWithdrawn", "ConsentPurpose." + c.getPurpose()));
            }
        }
        history.sort(Comparator.comparing(HistoryEntry::date).reversed());
        return history;
    }

    public boolean isCanEdit() {
        return user.isAdmin() || user.isCoordinator();
    }

    public int getTab() { return tab; }
    public void setTab(int tab) { this.tab = tab; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Learner getLearner() { return learner; }
}
