package org.tremplin.privacy.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything Tremplin holds on one person (GDPR art. 15 and 20): the record itself, then one section
 * per kind of data — enrolments, consents, loans, attendance, assessments, outcomes, and the audit
 * events about the record (who created, changed, exported it). Values are text, numbers or yes/no.
 */
public record Dossier(long learnerId, LocalDateTime madeAt, Map<String, Object> person,
        Map<String, List<Map<String, Object>>> sections) {

    /** The sections, in the order they are shown. */
    public static final List<String> SECTIONS = List.of("enrolments", "consents", "loans", "attendance",
            "assessments", "outcomes", "contactAttempts", "accompaniments", "auditEvents");

    public List<Map<String, Object>> section(String name) {
        return sections.getOrDefault(name, List.of());
    }
}
