package org.tremplin.equipment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tremplin.equipment.application.EquipmentService;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentFilter;
import org.tremplin.equipment.domain.EquipmentStatus;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.web.PagedModel;

/** equipment/list.xhtml: the inventory of the user's sites, filtered above a lazy table. */
@Named
@ViewScoped
public class EquipmentListBacking implements Serializable {

    @Inject
    EquipmentService equipment;

    @Inject
    ProgrammeService programmes;

    private PagedModel<Equipment> model;
    private EquipmentFilter filter = EquipmentFilter.none();
    private String text;
    private EquipmentType type;
    private EquipmentStatus status;
    private Long siteId;
    private boolean overdue;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> equipment.count(filter), (first, size) -> equipment.page(filter, first, size));
    }

    /** Called by every filter field: the table goes back to its first page. */
    public void applyFilter() {
        filter = new EquipmentFilter(text, type, status, siteId, overdue);
        PagedModel.rewind("equipment:table");
    }

    public List<Site> getSites() { return programmes.sites(); }
    public EquipmentType[] getTypes() { return EquipmentType.values(); }
    public EquipmentStatus[] getStatuses() { return EquipmentStatus.values(); }
    public PagedModel<Equipment> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public EquipmentType getType() { return type; }
    public void setType(EquipmentType type) { this.type = type; }
    public EquipmentStatus getStatus() { return status; }
    public void setStatus(EquipmentStatus status) { this.status = status; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
