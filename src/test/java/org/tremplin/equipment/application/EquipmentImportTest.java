package org.tremplin.equipment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.programme.domain.Site;

/** Reading an inventory file: headers in either language, types and conditions in words, numbered errors. */
class EquipmentImportTest {

    static final Validator ACCEPT_ALL = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(),
            new Class<?>[] {Validator.class}, (proxy, method, args) -> method.getName().startsWith("validate") ? Set.of() : null);

    final Site site = new Site("Médiathèque", "Roubaix");

    List<EquipmentImport.Row> check(String csv) {
        return EquipmentImport.check(csv.getBytes(StandardCharsets.UTF_8), site, ACCEPT_ALL);
    }

    @Test
    void frenchHeadersAndWordsBecomeItems() {
        List<EquipmentImport.Row> rows = check("Étiquette;Type;Marque;Modèle;N° de série;État\n"
                + "syn-pc-1;Ordinateur portable;Lenovo;E14;PF123;neuf\n"
                + "SYN-RT-1;routeur 4G;Huawei;B535;;usé\n");
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(EquipmentImport.Row::isValid), rows::toString);
        assertEquals("SYN-PC-1", rows.get(0).item().getAssetTag());
        assertEquals(EquipmentType.LAPTOP, rows.get(0).item().getType());
        assertEquals(EquipmentCondition.NEW, rows.get(0).item().getCondition());
        assertEquals("PF123", rows.get(0).item().getSerialNumber());
        assertEquals(EquipmentType.ROUTER_4G, rows.get(1).item().getType());
        assertNull(rows.get(1).item().getSerialNumber());
        assertEquals(EquipmentCondition.FAIR, rows.get(1).item().getCondition());
        assertEquals(site, rows.get(1).item().getSite());
    }

    @Test
    void badRowsAreNumberedByTheirLineInTheFile() {
        List<EquipmentImport.Row> rows = check("asset tag,type,serial number,condition\n"
                + "A1,laptop,S1,good\n"
                + "A2,fridge,S2,good\n"
                + "\n"
                + "a1,tablet,S3,good\n"
                + "A4,tablet,S1,broken\n");
        assertEquals(List.of(2, 3, 5, 6), rows.stream().map(EquipmentImport.Row::line).toList());
        assertTrue(rows.get(0).isValid());
        assertTrue(rows.get(1).errors().get(0).contains("\"fridge\""), rows.get(1).toString());
        assertEquals(List.of("asset tag A1 is already on line 2"), rows.get(2).errors());
        assertEquals(List.of("condition: \"broken\" is not one of new, good, worn, damaged",
                "serial number S1 is already on line 2"), rows.get(3).errors());
    }

    @Test
    void aFileWithoutTheTagAndTypeColumnsIsOneErrorOnItsHeaderLine() {
        List<EquipmentImport.Row> rows = check("marque;modele\nLenovo;E14\n");
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).line());
        assertTrue(rows.get(0).errors().get(0).contains("asset tag and type"));
        assertEquals("the file is empty", check("\n\n").get(0).errors().get(0));
    }

    @Test
    void tagsAndSerialsAlreadyRecordedAreRefused() {
        List<EquipmentImport.Row> rows = EquipmentImport.refuseKnown(check("etiquette;type;serie\nA1;pc;S1\nA2;pc;S2\nA3;pc;\n"),
                Set.of("A1"), Set.of("S2"));
        assertEquals(List.of("asset tag A1 is already recorded"), rows.get(0).errors());
        assertEquals(List.of("serial number S2 is already recorded"), rows.get(1).errors());
        assertTrue(rows.get(2).isValid());
    }
}
