package org.tremplin.outcome.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.application.AttemptRequest;
import org.tremplin.outcome.application.FollowUpService;
import org.tremplin.outcome.domain.ContactAttempt;
import org.tremplin.outcome.domain.ContactChannel;
import org.tremplin.outcome.domain.ContactHistory;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.shared.domain.ConflictException;

/** The follow-up queue's form for one attempt at reaching a person, with the attempts made before. */
public class AttemptForm implements Serializable {

    private Long enrolmentId;
    private OutcomeTiming timing;
    private String name;
    private List<ContactAttempt> previous = List.of();
    private LocalDateTime at;
    /** The time the form proposed: left as it was, the attempt is of the moment it is saved. */
    private LocalDateTime proposed;
    private ContactChannel channel = ContactChannel.PHONE;
    private boolean reached;
    private String note;

    void open(Enrolment e, OutcomeTiming timing, List<ContactAttempt> previous) {
        this.enrolmentId = e.getId();
        this.timing = timing;
        this.name = e.getLearner().getFullName();
        this.previous = previous;
        this.at = LocalDateTime.now().withSecond(0).withNano(0);
        this.proposed = at;
        this.channel = ContactChannel.PHONE;
        this.reached = false;
        this.note = null;
    }

    /** Stores the attempt; null (with the reason on the form) when it was refused. */
    ContactHistory save(FollowUpService followUps) {
        try {
            return followUps.attempt(new AttemptRequest(enrolmentId, timing, at != null && at.equals(proposed) ? null : at,
                    channel, reached, note)).history();
        } catch (ConflictException e) {
            switch (e.getField() == null ? "" : e.getField()) {
                case "at" -> Messages.addError("attempt:at", "attempt.atInvalid");
                case "note" -> Messages.addError("attempt:note", "attempt.noteTooLong", ContactAttempt.NOTE_MAX);
                default -> Messages.addGlobalError("attempt.notSaved");
            }
            return null;
        }
    }

    void close() {
        enrolmentId = null;
    }

    public boolean isOpen() { return enrolmentId != null; }
    public String getName() { return name; }
    public List<ContactAttempt> getPrevious() { return previous; }
    public ContactChannel[] getChannels() { return ContactChannel.values(); }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime at) { this.at = at; }
    public ContactChannel getChannel() { return channel; }
    public void setChannel(ContactChannel channel) { this.channel = channel; }
    public boolean isReached() { return reached; }
    public void setReached(boolean reached) { this.reached = reached; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
