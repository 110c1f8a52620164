package org.tremplin.equipment.domain;

/** What is lent: the types Synapse hands out. */
public enum EquipmentType {
    LAPTOP, TABLET, SMARTPHONE, ROUTER_4G, SIM
}
