package org.tremplin.equipment.rest;

import jakarta.validation.Validator;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.rest.Inputs;

/** DESIGN.md's equipment shape, plus the item's site, replacement value (euros), accessories and version. The status changes only through actions. */
public record EquipmentJson(Long id, String assetTag, String type, String make, String model, String serialNumber,
        Long siteId, String status, String condition, String notes, java.math.BigDecimal replacementValue,
        String accessories, Long version) {

    static EquipmentJson of(Equipment q) {
        return new EquipmentJson(q.getId(), q.getAssetTag(), Inputs.text(q.getType()), q.getMake(), q.getModel(),
                q.getSerialNumber(), q.getSite().getId(), Inputs.text(q.getStatus()), Inputs.text(q.getCondition()),
                q.getNotes(), q.getReplacementValue(), q.getAccessories(), q.getVersion());
    }

    Equipment applyTo(Equipment q, ProgrammeService programmes, Validator validator) {
        Inputs in = new Inputs();
        var kind = in.required("type", in.choice("type", type, EquipmentType.class));
        var state = in.choice("condition", condition, EquipmentCondition.class);
        var site = in.reference("siteId", siteId, () -> programmes.site(siteId));
        q.setAssetTag(assetTag);
        q.setType(kind);
        q.setMake(make);
        q.setModel(model);
        q.setSerialNumber(serialNumber);
        q.setSite(site);
        if (state != null) {
            q.setCondition(state);
        }
        q.setNotes(notes);
        q.setReplacementValue(replacementValue);
        q.setAccessories(accessories);
        in.validate(validator, q);
        in.check();
        return q;
    }
}
