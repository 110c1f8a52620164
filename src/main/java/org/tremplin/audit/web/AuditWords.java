package org.tremplin.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.tremplin.audit.domain.AuditEvent;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.shared.web.Texts;

/**
 * The audit trail as a person reads it, in their language: the record type by its domain name, the time in
 * the server's zone (the trail keeps UTC), and what happened from the event's wording — the changed fields
 * by their labels on the screens. An event recorded before wordings existed shows its English detail.
 */
@Named
@RequestScoped
public class AuditWords {

    /** The bundle prefix of each record type's field labels, where it is not the type's name. */
    private static final Map<String, String> FIELD_PREFIX = Map.of("TrainingSession", "session", "EquipmentEvent", "equipment");

    private ResourceBundle bundle;
    private Locale locale;

    /** The record types the trail names, for the filter: by their label in the user's language. */
    public java.util.List<String> getTargetTypes() {
        return bundle().keySet().stream().filter(k -> k.startsWith("AuditTarget.")).map(k -> k.substring("AuditTarget.".length()))
                .sorted(java.util.Comparator.comparing(t -> text("AuditTarget." + t, t))).toList();
    }

    public String typeLabel(String type) {
        return text("AuditTarget." + type, type);
    }

    public String target(AuditEvent e) {
        if (e.targetType() == null) {
            return "";
        }
        String type = text("AuditTarget." + e.targetType(), e.targetType());
        return e.targetId() == null ? type : type + " " + e.targetId();
    }

    public String time(AuditEvent e) {
        Date local = Date.from(e.at().toInstant(ZoneOffset.UTC).atZone(ZoneId.systemDefault()).toInstant());
        return new MessageFormat(bundle().getString("audit.time"), locale).format(new Object[] {local});
    }

    public String describe(AuditEvent e) {
        return AuditWording.decode(e.wording()).map(w -> say(e, w)).orElse(e.detail() == null ? "" : e.detail());
    }

    private String say(AuditEvent e, AuditWording w) {
        String key = "audit.text." + w.key();
        if (!bundle().containsKey(key)) {
            return e.detail();
        }
        Object[] args = w.args().toArray();
        if (w.key().equals("fields") && args.length == 1) {
            args = new Object[] {Arrays.stream(w.args().get(0).split(",\\s*")).map(f -> field(e.targetType(), f))
                    .collect(Collectors.joining(", "))};
        }
        return new MessageFormat(bundle().getString(key), locale).format(args);
    }

    /** "firstName" of a Learner: its label on the learner screens ("Prénom"), else the name itself. */
    private String field(String type, String name) {
        String prefix = type == null ? "" : FIELD_PREFIX.getOrDefault(type, Character.toLowerCase(type.charAt(0)) + type.substring(1));
        return text(prefix + "." + name, name);
    }

    private String text(String key, String fallback) {
        return bundle().containsKey(key) ? bundle().getString(key) : fallback;
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        }
        return bundle;
    }
}
