package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.equipment.application.EquipmentService;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Pages;

/** equipment/edit.xhtml: a new item, or {@code ?id=} to correct one. */
@Named
@ViewScoped
public class EquipmentEditBacking implements Serializable {

    @Inject
    EquipmentService equipment;

    @Inject
    ProgrammeService programmes;

    private Long id;
    private Equipment item;
    private Long siteId;

    public void load() {
        if (item != null) {
            return;
        }
        try {
            item = id == null ? new Equipment(null, EquipmentType.LAPTOP, null) : equipment.get(id);
            List<Site> sites = programmes.sites();
            siteId = item.getSite() != null ? item.getSite().getId() : sites.size() == 1 ? sites.get(0).getId() : null;
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String save() {
        try {
            item.setSite(programmes.site(siteId));
            Equipment saved = equipment.save(item);
            Messages.addGlobalInfo(id == null ? "equipment.created" : "general.saved");
            Faces.getFlash().setKeepMessages(true);
            return "/equipment/view?faces-redirect=true&id=" + saved.getId();
        } catch (ConflictException e) {
            String key = "serialNumber".equals(e.getField()) ? "equipment.serialUsed" : "equipment.tagUsed";
            Messages.addError("form:" + ("serialNumber".equals(e.getField()) ? "serial" : "assetTag"), key);
            Messages.addGlobalError(key);
        } catch (OptimisticLockException e) {
            Messages.addGlobalError("general.conflict");
        } catch (PersistenceException e) {
            if (!Failures.isConstraintViolation(e)) {
                throw e;
            }
            Messages.addGlobalError("general.duplicate");
        }
        return null;
    }

    public List<Site> getSites() { return programmes.sites(); }
    public EquipmentType[] getTypes() { return EquipmentType.values(); }
    public EquipmentCondition[] getConditions() { return EquipmentCondition.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Equipment getItem() { return item; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
}
