package org.tremplin.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.PeriodEntity;

/** A funded operation (Synapse, PopSchool…) with its period and participation rule. */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.ALL, query = "SELECT p FROM Programme p ORDER BY p.name", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = BaseEntity.KEPT_MILLIS)})
public class Programme extends PeriodEntity {

    /** Every programme by name, kept by EclipseLink (see KEPT_MILLIS). */
    public static final String ALL = "Programme.all";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String funder;

    /** Participation rule: attendance on at least this many different days. */
    @Min(1)
    @Max(365)
    @Column(name = "min_attendance_days", nullable = false)
    private int minAttendanceDays = 2;

    /**
     * What the programme committed to reach, per ESF+ indicator code (EECO01…, EECR06). Read with the programmes,
     * those of all the programmes read in one statement (a drop-down of programmes read each one's otherwise).
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "programme_target", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "code", length = 8)
    @Column(name = "target", nullable = false)
    private Map<String, Integer> targets = new TreeMap<>();

    protected Programme() {
    }

    public Programme(String name, String funder, LocalDate startDate, LocalDate endDate) {
        super(startDate, endDate);
        this.name = name;
        this.funder = funder;
    }


    private static final java.util.regex.Pattern EU_FUNDS = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(FSE\\+?|ESF\\+?|FEDER|ERDF|FTJ|JTF|REACT-EU|UE|EU|Union européenne|European Union)(?![\\p{L}])");

    /**
     * Whether the programme is co-funded by the European Union (its funder names an EU fund: FSE+, ESF+,
     * FEDER, ERDF, FTJ...): its papers then carry the EU emblem and the co-funding statement.
     */
    public boolean isEuCofunded() {
        return funder != null && EU_FUNDS.matcher(funder).find();
    }

    /** The target for an indicator, if the programme set one. */
    public Optional<Integer> targetFor(String code) {
        return Optional.ofNullable(targets.get(code));
    }

    /** Sets (or, with null, removes) the target of an indicator; a target is a count, never negative. */
    public void setTarget(String code, Integer target) {
        if (target == null) {
            targets.remove(code);
        } else if (target < 0) {
            throw new InvalidValueException("targets." + code, "A target is a number of people: 0 or more.");
        } else {
            targets.put(code, target);
        }
    }

    public Map<String, Integer> getTargets() {
        return Collections.unmodifiableMap(targets);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public int getMinAttendanceDays() { return minAttendanceDays; }
    public void setMinAttendanceDays(int minAttendanceDays) { this.minAttendanceDays = minAttendanceDays; }
}
