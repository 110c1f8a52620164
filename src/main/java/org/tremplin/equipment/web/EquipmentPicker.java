package org.tremplin.equipment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tremplin.equipment.application.EquipmentService;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.shared.web.Texts;

/**
 * The lend page's picker: items available at the learner's site (the user's sites before a learner is chosen)
 * by tag, serial number, make, model or type in the user's words ("tablette"), as "TAG — Type Make Model".
 */
@Named
@RequestScoped
public class EquipmentPicker {

    static final String SEPARATOR = " — ";
    static final int SUGGESTIONS = 15;

    @Inject
    EquipmentService equipment;

    @Inject
    LendBacking lend;

    public List<String> complete(String query) {
        String q = query == null ? "" : query.strip();
        String folded = fold(q);
        List<EquipmentType> types = folded.isEmpty() ? List.of() : Arrays.stream(EquipmentType.values())
                .filter(t -> fold(Texts.text("EquipmentType." + t)).contains(folded)).toList();
        Long site = lend.getLearner() == null ? null : lend.getLearner().getSite().getId();
        return equipment.available(site, q, types, SUGGESTIONS).stream()
                .map(e -> e.getAssetTag() + SEPARATOR + Texts.text("EquipmentType." + e.getType())
                        + (e.getLabel().equals(e.getType().name()) ? "" : " " + e.getLabel()))
                .toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
