package org.tremplin.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;

/**
 * The password typed again before a bulk export of people (a cohort's members, the people behind a
 * figure): it unlocks those exports for {@link #PERIOD} in this session, then asks again. Failures
 * count towards the sign-in throttle.
 */
@Named
@SessionScoped
public class Reauthentication implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Duration PERIOD = Duration.ofMinutes(10);


    @Inject
    CurrentUser user;

    private Instant confirmedAt;
    private transient String password;

    /** Checks the password; on success the same page opens again (its parameters kept), exports unlocked. */
    public String confirm() {
        boolean ok = user.confirmsPassword(password);
        password = null;
        if (!ok) {
            Messages.addError("reauth:password", "reauth.wrong");
            return null;
        }
        confirmedAt = Instant.now();
        Messages.addGlobalInfo("reauth.done", getUntil());
        Faces.getFlash().setKeepMessages(true);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean isFresh() {
        return confirmedAt != null && Instant.now().isBefore(confirmedAt.plus(PERIOD));
    }

    /** Until when the exports stay unlocked (server time, to the minute). */
    public String getUntil() {
        return confirmedAt == null ? "" : LocalTime.ofInstant(confirmedAt.plus(PERIOD), ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
