package org.tremplin.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tremplin.shared.domain.PeriodEntity;

/** A group following one pathway of a programme at a site. */
@Entity
@Table(name = "cohort", uniqueConstraints = @UniqueConstraint(columnNames = {"programme_id", "name"}))
public class Cohort extends PeriodEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Min(0)
    @Max(5000)
    @Column(name = "planned_hours", nullable = false)
    private int plannedHours;

    protected Cohort() {
    }

    public Cohort(Programme programme, Site site, String name, LocalDate startDate, LocalDate endDate,
            int plannedHours) {
        super(startDate, endDate);
        this.programme = programme;
        this.site = site;
        this.name = name;
        this.plannedHours = plannedHours;
    }

    public boolean isRunningOn(LocalDate date) {
        return covers(date);
    }

    public Programme getProgramme() { return programme; }
    public void setProgramme(Programme programme) { this.programme = programme; }
    public Site getSite() { return site; }
    public void setSite(Site site) { this.site = site; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPlannedHours() { return plannedHours; }
    public void setPlannedHours(int plannedHours) { this.plannedHours = plannedHours; }
}
