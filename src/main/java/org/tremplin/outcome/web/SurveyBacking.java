package org.tremplin.outcome.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.tremplin.outcome.application.SurveyService;
import org.tremplin.outcome.domain.ContractType;
import org.tremplin.outcome.domain.SurveyAnswers;
import org.tremplin.outcome.domain.SurveyInvitation;

/**
 * survey.xhtml?t=…: the six-month survey behind a learner's personal link, without an account. Shows the
 * person's first name and the questions while the link is open; says so when it was used, has expired or
 * is not a link.
 */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {

    @Inject
    transient SurveyService surveys;

    private String secret;
    private SurveyService.Opened opened;
    private Boolean employed;
    private ContractType contract;
    private Boolean inEducation;
    private Boolean qualification;
    private Boolean jobSearching;
    private Boolean better;
    private boolean justAnswered;

    public void load() {
        if (opened == null) {
            opened = surveys.open(secret).orElse(null);
        }
    }

    public void answer() {
        SurveyAnswers answers = new SurveyAnswers(employed, Boolean.TRUE.equals(employed) ? contract : null, inEducation,
                qualification, jobSearching, better);
        if (!answers.unanswered().isEmpty()) {
            answers.unanswered().forEach(q -> Messages.addError("survey:" + q.name(), "survey.unanswered"));
            Messages.addGlobalError("survey.answerAll");
            return;
        }
        SurveyInvitation.State state = surveys.answer(secret, answers);
        opened = new SurveyService.Opened(state == SurveyInvitation.State.OPEN ? SurveyInvitation.State.ANSWERED : state,
                opened.firstName(), opened.language());
        justAnswered = state == SurveyInvitation.State.ANSWERED;
    }

    /** What the page shows: OPEN, ANSWERED, EXPIRED, WITHDRAWN, or UNKNOWN for no link at all. */
    public String getState() {
        return opened == null ? "UNKNOWN" : opened.state().name();
    }

    public String getFirstName() { return opened == null ? "" : opened.firstName(); }
    public boolean isJustAnswered() { return justAnswered; }
    public ContractType[] getContracts() { return ContractType.values(); }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public Boolean getEmployed() { return employed; }
    public void setEmployed(Boolean employed) { this.employed = employed; }
    public ContractType getContract() { return contract; }
    public void setContract(ContractType contract) { this.contract = contract; }
    public Boolean getInEducation() { return inEducation; }
    public void setInEducation(Boolean inEducation) { this.inEducation = inEducation; }
    public Boolean getQualification() { return qualification; }
    public void setQualification(Boolean qualification) { this.qualification = qualification; }
    public Boolean getJobSearching() { return jobSearching; }
    public void setJobSearching(Boolean jobSearching) { this.jobSearching = jobSearching; }
    public Boolean getBetter() { return better; }
    public void setBetter(Boolean better) { this.better = better; }
}
