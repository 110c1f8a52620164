package org.tremplin.equipment.domain;

import java.io.Serializable;
import org.tremplin.equipment.domain.EquipmentStatus;
import org.tremplin.equipment.domain.EquipmentType;

/** What the inventory is narrowed to; null fields do not filter. {@code text}: asset tag, serial, make or model. */
public record EquipmentFilter(String text, EquipmentType type, EquipmentStatus status, Long siteId, boolean overdue)
        implements Serializable {

    public static EquipmentFilter none() {
        return new EquipmentFilter(null, null, null, null, false);
    }
}
