package org.tremplin.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tremplin.shared.domain.PeriodEntity;

/** A funded operation (Synapse, PopSchool…) with its period and participation rule. */
@Entity
@Table(name = "programme")
public class Programme extends PeriodEntity {

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

    protected Programme() {
    }

    public Programme(String name, String funder, LocalDate startDate, LocalDate endDate) {
        super(startDate, endDate);
        this.name = name;
        this.funder = funder;
    }


    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public int getMinAttendanceDays() { return minAttendanceDays; }
    public void setMinAttendanceDays(int minAttendanceDays) { this.minAttendanceDays = minAttendanceDays; }
}
