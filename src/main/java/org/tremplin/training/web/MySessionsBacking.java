package org.tremplin.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.tremplin.training.application.SessionService;

/** training/mine.xhtml: the trainer's day: today's sessions, the coming ones, past ones awaiting attendance. */
@Named
@RequestScoped
public class MySessionsBacking {

    @Inject
    SessionService sessions;

    private SessionService.Mine mine;

    @PostConstruct
    void init() {
        mine = sessions.mine(LocalDate.now());
    }

    public SessionService.Mine getMine() { return mine; }
}
