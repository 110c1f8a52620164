package org.tremplin.equipment.application;

import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.infrastructure.CsvReader;

/**
 * An inventory file read and checked, nothing stored: one item per row, columns recognised by their
 * header in French or English (asset tag and type required), each row turned into an item or into
 * numbered errors. A tag or serial number used twice in the file is an error on the second line;
 * those already recorded are refused by {@link #refuseKnown}.
 */
public final class EquipmentImport {

    /** The columns an inventory file may have, with the headers recognised for each. */
    enum Column {
        ASSET_TAG("etiquette", "etiquette d inventaire", "asset tag", "assettag", "tag", "code", "inventaire"),
        TYPE("type", "type de materiel", "kind"),
        MAKE("marque", "make", "brand", "fabricant"),
        MODEL("modele", "model"),
        SERIAL("numero de serie", "n de serie", "serie", "serial", "serial number", "serialnumber", "sn"),
        CONDITION("etat", "condition"),
        NOTES("remarques", "notes", "commentaire", "commentaires", "note");

        final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }

        static Optional<Column> forHeader(String header) {
            String folded = NameKey.fold(header).replace('\'', ' ').replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
            for (Column c : values()) {
                if (c.headers.contains(folded)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** One row's outcome: an item ready to store, or errors, with the file's line number. */
    public record Row(int line, Equipment item, List<String> errors) implements Serializable {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static final Map<String, EquipmentType> TYPES = Map.ofEntries(
            Map.entry("ordinateur", EquipmentType.LAPTOP), Map.entry("ordinateur portable", EquipmentType.LAPTOP),
            Map.entry("portable", EquipmentType.LAPTOP), Map.entry("pc portable", EquipmentType.LAPTOP),
            Map.entry("pc", EquipmentType.LAPTOP), Map.entry("laptop", EquipmentType.LAPTOP),
            Map.entry("tablette", EquipmentType.TABLET), Map.entry("tablet", EquipmentType.TABLET),
            Map.entry("smartphone", EquipmentType.SMARTPHONE), Map.entry("telephone", EquipmentType.SMARTPHONE),
            Map.entry("phone", EquipmentType.SMARTPHONE), Map.entry("routeur", EquipmentType.ROUTER_4G),
            Map.entry("routeur 4g", EquipmentType.ROUTER_4G), Map.entry("box 4g", EquipmentType.ROUTER_4G),
            Map.entry("router", EquipmentType.ROUTER_4G), Map.entry("4g router", EquipmentType.ROUTER_4G),
            Map.entry("router 4g", EquipmentType.ROUTER_4G), Map.entry("sim", EquipmentType.SIM),
            Map.entry("carte sim", EquipmentType.SIM), Map.entry("forfait", EquipmentType.SIM),
            Map.entry("sim card", EquipmentType.SIM));

    private static final Map<String, EquipmentCondition> CONDITIONS = Map.of(
            "neuf", EquipmentCondition.NEW, "new", EquipmentCondition.NEW,
            "bon", EquipmentCondition.GOOD, "bon etat", EquipmentCondition.GOOD, "good", EquipmentCondition.GOOD,
            "use", EquipmentCondition.FAIR, "fair", EquipmentCondition.FAIR, "worn", EquipmentCondition.FAIR,
            "endommage", EquipmentCondition.DAMAGED, "damaged", EquipmentCondition.DAMAGED);

    private EquipmentImport() {
    }

    /**
     * Reads and checks a file for one site. An empty file, or one whose header row does not name the
     * asset tag and type columns, gives a single error on line 1.
     */
    public static List<Row> check(byte[] file, Site site, Validator validator) {
        List<CsvReader.Row> all = CsvReader.parse(CsvReader.decode(file)).stream().filter(r -> !r.isBlank()).toList();
        if (all.isEmpty()) {
            return List.of(new Row(1, null, List.of("the file is empty")));
        }
        Map<Column, Integer> columns = new HashMap<>();
        List<String> headers = all.get(0).cells();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            Column.forHeader(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        if (!columns.containsKey(Column.ASSET_TAG) || !columns.containsKey(Column.TYPE)) {
            return List.of(new Row(all.get(0).line(), null,
                    List.of("the header row must name the asset tag and type columns (e.g. etiquette;type;marque;modele;numero de serie)")));
        }
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> serials = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Row row : all.subList(1, all.size())) {
            rows.add(map(row, columns, site, validator, tags, serials));
        }
        return rows;
    }

    /** Refuses the rows whose tag or serial number is already recorded (both sets read in one statement each). */
    public static List<Row> refuseKnown(List<Row> rows, Set<String> knownTags, Set<String> knownSerials) {
        return rows.stream().map(r -> {
            if (!r.isValid()) {
                return r;
            }
            List<String> errors = new ArrayList<>();
            if (knownTags.contains(r.item().getAssetTag())) {
                errors.add("asset tag " + r.item().getAssetTag() + " is already recorded");
            }
            if (r.item().getSerialNumber() != null && knownSerials.contains(r.item().getSerialNumber())) {
                errors.add("serial number " + r.item().getSerialNumber() + " is already recorded");
            }
            return errors.isEmpty() ? r : new Row(r.line(), null, errors);
        }).toList();
    }

    private static Row map(CsvReader.Row row, Map<Column, Integer> columns, Site site, Validator validator,
            Map<String, Integer> tags, Map<String, Integer> serials) {
        List<String> errors = new ArrayList<>();
        String typeText = cell(row, columns, Column.TYPE);
        EquipmentType type = TYPES.get(fold(typeText));
        if (type == null) {
            type = parseEnum(EquipmentType.class, typeText);
        }
        if (type == null) {
            errors.add(typeText.isEmpty() ? "type: is required" : "type: \"" + typeText + "\" is not one of laptop, tablet, "
                    + "smartphone, 4G router, SIM");
        }
        Equipment item = new Equipment(cell(row, columns, Column.ASSET_TAG), type, site);
        item.setMake(cell(row, columns, Column.MAKE));
        item.setModel(cell(row, columns, Column.MODEL));
        item.setSerialNumber(cell(row, columns, Column.SERIAL));
        item.setNotes(cell(row, columns, Column.NOTES));
        String conditionText = cell(row, columns, Column.CONDITION);
        if (!conditionText.isEmpty()) {
            EquipmentCondition condition = CONDITIONS.getOrDefault(fold(conditionText), parseEnum(EquipmentCondition.class, conditionText));
            if (condition == null) {
                errors.add("condition: \"" + conditionText + "\" is not one of new, good, worn, damaged");
            } else {
                item.setCondition(condition);
            }
        }
        validator.validate(item).stream().filter(v -> !"type".equals(Failures.fieldOf(v)))
                .map(v -> Failures.fieldOf(v) + ": " + v.getMessage()).sorted().forEach(errors::add);
        if (item.getAssetTag() != null && !item.getAssetTag().isEmpty()) {
            Integer first = tags.putIfAbsent(item.getAssetTag(), row.line());
            if (first != null) {
                errors.add("asset tag " + item.getAssetTag() + " is already on line " + first);
            }
        }
        if (item.getSerialNumber() != null) {
            Integer first = serials.putIfAbsent(item.getSerialNumber(), row.line());
            if (first != null) {
                errors.add("serial number " + item.getSerialNumber() + " is already on line " + first);
            }
        }
        return new Row(row.line(), errors.isEmpty() ? item : null, List.copyOf(errors));
    }

    private static String cell(CsvReader.Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    private static String fold(String text) {
        return NameKey.fold(text).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return text.isEmpty() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
