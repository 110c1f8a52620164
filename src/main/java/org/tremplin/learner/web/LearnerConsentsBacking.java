package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.ConsentService;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.ConsentStatus;
import org.tremplin.shared.domain.ConflictException;

/** The consents tab of the learner file (coordinators and admins): each purpose's state, the register, a new answer. */
@Named
@ViewScoped
public class LearnerConsentsBacking implements Serializable {

    @Inject
    LearnerFileBacking file;

    @Inject
    ConsentService consents;

    @Inject
    CurrentUser user;

    private List<Consent> list;
    private ConsentPurpose purpose;
    private Boolean given;
    private LocalDate givenOn = LocalDate.now();
    private ConsentMethod method = ConsentMethod.SIGNED_FORM;

    /** The register of answers; empty for those who do not see sensitive data (trainers). */
    public List<Consent> getConsents() {
        if (list == null) {
            list = user.isSeesSensitive() ? consents.ofLearner(file.getId()) : List.of();
        }
        return list;
    }

    /** Each purpose's state today (given on, refused on, withdrawn on, never asked), above the register. */
    public List<ConsentStatus> getConsentStates() {
        return ConsentStatus.all(getConsents());
    }

    public void recordConsent() {
        file.show("consents");
        consents.record(file.getId(), purpose, Boolean.TRUE.equals(given), givenOn, method);
        Messages.addGlobalInfo("consent.recorded");
        purpose = null;
        given = null;
        list = null;
    }

    public void withdraw(Consent consent) {
        file.show("consents");
        try {
            consents.withdraw(file.getId(), consent.getId(), LocalDate.now());
            Messages.addGlobalInfo("consent.withdrawn");
            list = null;
        } catch (ConflictException e) {
            Messages.addGlobalError("consent.notActive");
        }
    }

    public ConsentPurpose[] getPurposes() { return ConsentPurpose.values(); }
    public ConsentMethod[] getMethods() { return ConsentMethod.values(); }
    public ConsentPurpose getPurpose() { return purpose; }
    public void setPurpose(ConsentPurpose purpose) { this.purpose = purpose; }
    public Boolean getGiven() { return given; }
    public void setGiven(Boolean given) { this.given = given; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate givenOn) { this.givenOn = givenOn; }
    public ConsentMethod getMethod() { return method; }
    public void setMethod(ConsentMethod method) { this.method = method; }
}
