package org.tremplin.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditEvent;
import org.tremplin.audit.domain.AuditFilter;
import org.tremplin.audit.domain.ChainCheck;
import org.tremplin.shared.infrastructure.CsvWriter;
import org.tremplin.shared.web.Downloads;
import org.tremplin.shared.web.PagedModel;

/** /admin/audit.xhtml: search the audit trail, export the selection, check the chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String actor;
    private AuditAction action;
    private String targetType;
    private Long targetId;
    private LocalDate from;
    private LocalDate to;
    private ChainCheck check;
    private final Model model = new Model();

    public void applyFilter() {
        PagedModel.rewind("events:table");
    }

    public void verify() {
        check = trail.verify();
        if (check.isIntact()) {
            Messages.addGlobalInfo("audit.intact", check.checked());
        } else {
            Messages.addGlobalError("audit.broken", check.brokenAt(), check.reason());
        }
    }

    public void export() throws IOException {
        byte[] bytes = trail.csv(filter());
        Downloads.send(CsvWriter.CONTENT_TYPE, "audit-trail.csv", bytes);
    }

    AuditFilter filter() {
        return new AuditFilter(actor, action, targetType, targetId, from, to);
    }

    /** The table: one page of events from the database, newest first. */
    public class Model extends LazyDataModel<AuditEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(filter()));
        }

        @Override
        public List<AuditEvent> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(filter(), first, size);
        }

        @Override
        public String getRowKey(AuditEvent row) {
            return String.valueOf(row.seq());
        }
    }

    public Model getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ChainCheck getCheck() {
        return check;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
