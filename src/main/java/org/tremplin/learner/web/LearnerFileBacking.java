package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.ConsentService;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.ConsentStatus;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Messages;
import org.tremplin.shared.web.Pages;

/**
 * learners/view.xhtml: the learner file. Tabs (profile, enrolments, consents, history) are included
 * pages under learners/tabs/, so the loans, attendance, skills and outcomes tabs slot in beside them.
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
    EnrolmentService enrolments;

    @Inject
    ConsentService consents;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    LoanService loans;

    private Long id;
    private Learner learner;
    private List<Enrolment> enrolmentList;
    private List<Consent> consentList;
    private List<Loan> loanList;

    private int tab;
    private Long cohortId;
    private LocalDate entryDate = LocalDate.now();
    private Long exitingId;
    private LocalDate exitDate = LocalDate.now();
    private ExitReason exitReason;
    private ConsentPurpose purpose;
    private Boolean given;
    private LocalDate givenOn = LocalDate.now();
    private ConsentMethod method = ConsentMethod.SIGNED_FORM;

    /** Tabs, in the order of the page. */
    static final int PROFILE = 0;

    /** View action: a learner outside the user's scope is "not found". */
    public void load() {
        Pages.load(this::refresh);
    }

    private void refresh() {
        learner = learners.get(id);
        enrolmentList = enrolments.ofLearner(id);
        consentList = user.isSeesSensitive() ? consents.ofLearner(id) : List.of();
        loanList = user.isSeesSensitive() ? loans.ofLearner(id) : List.of();
    }

    public void enrol() {
        tab = 1;
        try {
            enrolments.enrol(id, cohortId, entryDate);
            Messages.info("learner.enrolled");
            cohortId = null;
            refresh();
        } catch (ConflictException e) {
            Messages.error("learner.enrolConflict", e.getMessage());
        }
    }

    public void exit() {
        tab = 1;
        try {
            enrolments.exit(exitingId, exitDate, exitReason);
            Messages.info("learner.exited");
            exitingId = null;
            exitReason = null;
            refresh();
        } catch (ConflictException e) {
            Messages.error("enrolment.exitBeforeEntry");
        }
    }

    public void recordConsent() {
        tab = 2;
        consents.record(id, purpose, Boolean.TRUE.equals(given), givenOn, method);
        Messages.info("consent.recorded");
        purpose = null;
        given = null;
        refresh();
    }

    public void withdraw(Consent consent) {
        tab = 2;
        try {
            consents.withdraw(id, consent.getId(), LocalDate.now());
            Messages.info("consent.withdrawn");
            refresh();
        } catch (ConflictException e) {
            Messages.error("consent.notActive");
        }
    }

    /** Enrolments and consents as one timeline, newest first. */
    public List<HistoryEntry> getHistory() {
        List<HistoryEntry> history = new ArrayList<>();
        for (Enrolment e : enrolmentList) {
            history.add(new HistoryEntry(e.getEntryDate(), "history.entry", e.getCohort().getName()));
            if (e.getExitDate() != null) {
                history.add(new HistoryEntry(e.getExitDate(), "history.exit." + e.getExitReason(), e.getCohort().getName()));
            }
        }
        for (Consent c : consentList) {
            history.add(new HistoryEntry(c.getGivenOn(), c.isGiven() ? "history.consentGiven" : "history.consentRefused",
                    "ConsentPurpose." + c.getPurpose()));
            if (c.getWithdrawnOn() != null) {
                history.add(new HistoryEntry(c.getWithdrawnOn(), "history.consentWithdrawn", "ConsentPurpose." + c.getPurpose()));
            }
        }
        history.sort(Comparator.comparing(HistoryEntry::date).reversed());
        return history;
    }

    public List<Cohort> getCohortChoices() {
        return learner == null ? List.of() : programmes.cohorts(null).stream()
                .filter(c -> c.getSite().getId().equals(learner.getSite().getId()))
                .filter(c -> !c.getEndDate().isBefore(LocalDate.now().minusMonths(1)))
                .toList();
    }

    public List<Enrolment> getOpenEnrolments() {
        return enrolmentList == null ? List.of() : enrolmentList.stream().filter(Enrolment::isOpen).toList();
    }

    public boolean isCanEdit() {
        return user.isAdmin() || user.isCoordinator();
    }

    public ExitReason[] getExitReasons() { return ExitReason.values(); }
    public ConsentPurpose[] getPurposes() { return ConsentPurpose.values(); }
    public ConsentMethod[] getMethods() { return ConsentMethod.values(); }
    public int getTab() { return tab; }
    public void setTab(int tab) { this.tab = tab; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Learner getLearner() { return learner; }
    public List<Enrolment> getEnrolments() { return enrolmentList; }
    public List<Consent> getConsents() { return consentList; }
    /** Each purpose's state today (given on, refused on, withdrawn on, never asked), above the register. */
    public List<ConsentStatus> getConsentStates() { return ConsentStatus.all(consentList); }
    public List<Loan> getLoans() { return loanList; }
    public LocalDate getToday() { return LocalDate.now(); }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
    public Long getExitingId() { return exitingId; }
    public void setExitingId(Long exitingId) { this.exitingId = exitingId; }
    public LocalDate getExitDate() { return exitDate; }
    public void setExitDate(LocalDate exitDate) { this.exitDate = exitDate; }
    public ExitReason getExitReason() { return exitReason; }
    public void setExitReason(ExitReason exitReason) { this.exitReason = exitReason; }
    public ConsentPurpose getPurpose() { return purpose; }
    public void setPurpose(ConsentPurpose purpose) { this.purpose = purpose; }
    public Boolean getGiven() { return given; }
    public void setGiven(Boolean given) { this.given = given; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate givenOn) { this.givenOn = givenOn; }
    public ConsentMethod getMethod() { return method; }
    public void setMethod(ConsentMethod method) { this.method = method; }
}
