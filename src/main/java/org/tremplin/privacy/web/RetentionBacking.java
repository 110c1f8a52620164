package org.tremplin.privacy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.privacy.application.RetentionService;
import org.tremplin.privacy.domain.RetentionPlan;

/** /admin/retention.xhtml: the dry run of the retention rule, and running it now (password typed again). */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionService retention;


    @Inject
    CurrentUser user;

    private RetentionPlan plan;
    private String password;

    @PostConstruct
    void load() {
        plan = retention.plan(LocalDate.now());
    }

    public void run() {
        if (!user.confirmsPassword(password)) {
            Messages.addError("retention:password", "rights.passwordWrong");
            return;
        }
        int done = retention.run(LocalDate.now());
        Messages.addGlobalInfo("retention.done", done);
        password = null;
        load();
    }

    public RetentionPlan getPlan() {
        return plan;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
