package org.tremplin.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.web.LearnerFileBacking;

/**
 * The learner file's data-protection tab: restrict or lift, erase (the password typed again). Each
 * action reloads the file on this tab, so the page shows the record as it now is.
 */
@Named
@RequestScoped
public class PersonRightsBacking {

    static final int TAB = LearnerFileBacking.tabIndex("rights", true);

    @Inject
    LearnerService learners;


    @Inject
    CurrentUser user;

    private String password;

    public String restrict(Long id, boolean restricted) {
        learners.restrict(id, restricted);
        Messages.addGlobalInfo(restricted ? "rights.restricted" : "rights.unrestricted");
        Faces.getFlash().setKeepMessages(true);
        return reload(id);
    }

    public String erase(Long id) {
        if (!user.confirmsPassword(password)) {
            Messages.addError("tabs:rightsForm:password", "rights.passwordWrong");
            return null;
        }
        learners.erase(id);
        Messages.addGlobalInfo("rights.erased");
        Faces.getFlash().setKeepMessages(true);
        return reload(id);
    }

    private static String reload(Long id) {
        return "/learners/view?faces-redirect=true&id=" + id + "&tab=" + TAB;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
