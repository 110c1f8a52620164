package org.tremplin.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tremplin.shared.domain.BaseEntity;

/** A funded operation (Synapse, PopSchool…) with its period and participation rule. */
@Entity
@Table(name = "programme")
public class Programme extends BaseEntity {

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String funder;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** Participation rule: attendance on at least this many different days. */
    @Min(1)
    @Max(365)
    @Column(name = "min_attendance_days", nullable = false)
    private int minAttendanceDays = 2;

    protected Programme() {
    }

    public Programme(String name, String funder, LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.funder = funder;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    @AssertTrue(message = "{tremplin.period.order}")
    public boolean isPeriodOrdered() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public int getMinAttendanceDays() { return minAttendanceDays; }
    public void setMinAttendanceDays(int minAttendanceDays) { this.minAttendanceDays = minAttendanceDays; }
}
