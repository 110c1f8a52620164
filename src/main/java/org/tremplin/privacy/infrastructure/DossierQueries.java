package org.tremplin.privacy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.tremplin.privacy.domain.Dossier;
import org.tremplin.shared.infrastructure.DataSourceConfig;

/**
 * Reads everything held on one person, section by section, straight from the tables (so that a
 * column added later is exported without anyone remembering to). Internal columns (versions, the
 * search key, the person's own id repeated) are left out.
 */
@ApplicationScoped
public class DossierQueries {

    private static final Set<String> INTERNAL = Set.of("version", "searchKey", "learnerId", "openItemId");

    private static final Map<String, String> SECTIONS = sections();

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource ds;

    public Dossier read(long learnerId) {
        try (Connection c = ds.getConnection()) {
            List<Map<String, Object>> person = rows(c, "SELECT l.*, s.name AS site FROM learner l"
                    + " JOIN site s ON s.id = l.site_id WHERE l.id = ?", learnerId);
            Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
            for (String name : Dossier.SECTIONS) {
                sections.put(name, rows(c, SECTIONS.get(name), learnerId));
            }
            return new Dossier(learnerId, LocalDateTime.now().withNano(0), person.isEmpty() ? Map.of() : person.get(0),
                    sections);
        } catch (SQLException e) {
            throw new IllegalStateException("The dossier of learner " + learnerId + " could not be read", e);
        }
    }

    private static Map<String, String> sections() {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("enrolments", "SELECT e.id, p.name AS programme, c.name AS cohort, s.name AS site, e.entry_date,"
                + " e.exit_date, e.exit_reason, e.status, es.labour_status AS entry_labour_status,"
                + " es.unemployed_since AS entry_unemployed_since, es.isced_level AS entry_isced_level,"
                + " es.disability AS entry_disability, es.third_country_national AS entry_third_country_national,"
                + " es.foreign_background AS entry_foreign_background, es.minority AS entry_minority,"
                + " es.homeless AS entry_homeless, es.rural_area AS entry_rural_area, es.corrected AS entry_sheet_corrected"
                + " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                + " LEFT JOIN enrolment_entry_sheet es ON es.enrolment_id = e.id"
                + " JOIN programme p ON p.id = c.programme_id JOIN site s ON s.id = c.site_id"
                + " WHERE e.learner_id = ? ORDER BY e.entry_date, e.id");
        sql.put("consents", "SELECT purpose, given, given_on, method, recorded_by, withdrawn_on, withdrawn_by"
                + " FROM consent WHERE learner_id = ? ORDER BY given_on, id");
        sql.put("loans", "SELECT l.id, q.asset_tag, q.type AS equipment_type, q.make, q.model, l.out_date, l.due_date,"
                + " l.agreement_signed, l.condition_out, l.accessories, l.closure, l.returned_date, l.condition_in,"
                + " l.data_wiped, l.damage_notes FROM loan l JOIN equipment q ON q.id = l.equipment_id"
                + " WHERE l.learner_id = ? ORDER BY l.out_date, l.id");
        sql.put("attendance", "SELECT s.session_date, s.start_time, s.end_time, s.topic, c.name AS cohort, a.status,"
                + " a.minutes FROM attendance a JOIN training_session s ON s.id = a.session_id"
                + " JOIN cohort c ON c.id = s.cohort_id WHERE a.learner_id = ? ORDER BY s.session_date, s.start_time");
        sql.put("assessments", "SELECT a.assessed_on, a.kind, a.method, a.assessor, a.note, l.competence_code, l.level"
                + " FROM assessment a LEFT JOIN assessment_level l ON l.assessment_id = a.id"
                + " WHERE a.learner_id = ? ORDER BY a.assessed_on, a.id, l.competence_code");
        sql.put("outcomes", "SELECT o.timing, o.observed_on, o.job_searching, o.in_education, o.gained_qualification,"
                + " o.employed, o.contract_type, o.better_situation, o.inactive, o.situation_unknown, o.source, o.note,"
                + " o.recorded_by, o.recorded_at FROM outcome o WHERE o.learner_id = ? ORDER BY o.observed_on, o.id");
        sql.put("contactAttempts", "SELECT timing, attempted_at, channel, reached, note, recorded_by FROM contact_attempt"
                + " WHERE learner_id = ? ORDER BY attempted_at, id");
        sql.put("accompaniments", "SELECT a.happened_on, s.name AS site, a.topic, a.duration_minutes, a.equipment_used,"
                + " a.first_name, a.note, a.recorded_by FROM accompaniment a JOIN site s ON s.id = a.site_id"
                + " WHERE a.learner_id = ? ORDER BY a.happened_on, a.id");
        sql.put("auditEvents", "SELECT occurred_at, actor, action, detail FROM audit_event"
                + " WHERE target_type = 'Learner' AND target_id = ? ORDER BY seq");
        return sql;
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, long learnerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, learnerId);
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String key = camel(meta.getColumnLabel(i));
                        if (!INTERNAL.contains(key)) {
                            row.put(key, value(r.getObject(i)));
                        }
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Text, numbers and yes/no as they are; dates and times as ISO text; nothing else leaks a driver type. */
    static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof TemporalAccessor) {
            return v.toString();
        }
        return String.valueOf(v);
    }

    /** first_name / FIRST_NAME → firstName. */
    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase().toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
