package org.tremplin.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * A training session of a cohort: a date, a time slot, a trainer, a place, a topic and the DigComp
 * competences it works on. It knows when its attendance may be taken (not before its day, never
 * once cancelled) and whether a change comes after its day (then it is kept in the history).
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends BaseEntity {

    /** A recurring series spans at most a year of weeks. */
    public static final int MAX_WEEKS = 52;
    /** Half-days start at 13:00 (French attendance sheets are per half-day). */
    static final LocalTime AFTERNOON = LocalTime.of(13, 0);

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @NotNull
    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @NotNull
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @NotNull
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    /** The duration, kept with the times so that the database can add up hours. */
    @Column(nullable = false)
    private int minutes;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, length = 40)
    private String trainer;

    @Size(max = 120)
    @Column(length = 120)
    private String place;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "series_id")
    private Long seriesId;

    /** When the session was cancelled; null while it stands. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "sheet_on_file", nullable = false)
    private boolean sheetOnFile;

    @Column(name = "attendance_taken_at")
    private Instant attendanceTakenAt;

    @Column(name = "attendance_taken_by", length = 40)
    private String attendanceTakenBy;

    // a list of sessions reads the competences of all its rows in one more statement, not one per session
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "session_competence", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "competence_code"))
    private Set<Competence> competences = new LinkedHashSet<>();

    protected TrainingSession() {
    }

    public TrainingSession(Cohort cohort, LocalDate date, LocalTime startTime, LocalTime endTime, String trainer,
            String place, String topic, Collection<Competence> competences) {
        this.cohort = cohort;
        this.trainer = trainer;
        describe(place, topic, competences);
        schedule(date, startTime, endTime);
    }

    /**
     * The dates of a weekly series: {@code weeks} weeks from {@code first}, less the dates to skip
     * (a skipped date is not replaced: 8 weeks with one holiday make 7 sessions).
     */
    public static List<LocalDate> weeklyDates(LocalDate first, int weeks, Collection<LocalDate> skip) {
        if (first == null) {
            throw new InvalidValueException("date", "Give the date of the first session.");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidValueException("weeks", "A series lasts from 1 to " + MAX_WEEKS + " weeks.");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate d = first.plusWeeks(i);
            if (skip == null || !skip.contains(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** Moves the session; not once its attendance is taken, nor outside its cohort's dates. */
    public void schedule(LocalDate newDate, LocalTime start, LocalTime end) {
        if (newDate == null || start == null || end == null) {
            throw new InvalidValueException(newDate == null ? "date" : start == null ? "startTime" : "endTime",
                    "Give the date, start and end time.");
        }
        if (!end.isAfter(start)) {
            throw new InvalidValueException("endTime", "The session must end after it starts.");
        }
        if (cohort != null && !cohort.isRunningOn(newDate)) {
            throw new ConflictException("date", "The date is outside the cohort's dates (" + cohort.getStartDate()
                    + " to " + cohort.getEndDate() + ").");
        }
        boolean moves = date != null && (!newDate.equals(date) || !start.equals(startTime) || !end.equals(endTime));
        if (moves && isAttendanceTaken()) {
            throw new ConflictException("date", "Attendance was taken for this session: it can no longer move.");
        }
        this.date = newDate;
        this.startTime = start;
        this.endTime = end;
        this.minutes = (int) Duration.between(start, end).toMinutes();
    }

    public void describe(String newPlace, String newTopic, Collection<Competence> newCompetences) {
        if (newTopic == null || newTopic.isBlank()) {
            throw new InvalidValueException("topic", "Give the session's topic.");
        }
        this.place = newPlace == null || newPlace.isBlank() ? null : newPlace.strip();
        this.topic = newTopic.strip();
        this.competences = new LinkedHashSet<>(newCompetences == null ? List.of() : newCompetences);
    }

    public void assignTo(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidValueException("trainer", "Choose the trainer.");
        }
        this.trainer = username;
    }

    /** A cancelled session keeps its place in the calendar but takes no attendance. */
    public void cancel() {
        if (isAttendanceTaken()) {
            throw new ConflictException("cancelled", "Attendance was taken for this session: it cannot be cancelled.");
        }
        cancelledAt = Instant.now();
    }

    public void reinstate() {
        cancelledAt = null;
    }

    /** Whether attendance may be recorded today: the session is not cancelled and its day has come. */
    public boolean takesAttendanceOn(LocalDate today) {
        return !isCancelled() && !date.isAfter(today);
    }

    /** As {@link #takesAttendanceOn}, with the reason when it may not. */
    public void checkAttendanceAllowed(LocalDate today) {
        if (isCancelled()) {
            throw new ConflictException("session", "This session was cancelled: it takes no attendance.");
        }
        if (date.isAfter(today)) {
            throw new ConflictException("session", "This session is on " + date + ": attendance is taken on the day.");
        }
    }

    /** Changes to a register made after the session's day are kept in the history. */
    public boolean isPastOn(LocalDate today) {
        return today.isAfter(date);
    }

    public void attendanceTaken(String by, Instant at) {
        this.attendanceTakenBy = by;
        this.attendanceTakenAt = at;
    }

    public void recordSheetOnFile(boolean onFile) {
        this.sheetOnFile = onFile;
    }

    public void joinSeries(Long id) {
        this.seriesId = id;
    }

    /** Duration in minutes: the hours a present or late learner is credited with. */
    public int minutes() {
        return minutes;
    }

    public boolean isMorning() {
        return startTime.isBefore(AFTERNOON);
    }

    public boolean isAttendanceTaken() {
        return attendanceTakenAt != null;
    }

    public boolean isLedBy(String username) {
        return trainer.equals(username);
    }

    public List<Competence> getCompetenceList() {
        return competences.stream().sorted(Comparator.comparing(Competence::getCode)).toList();
    }

    public Cohort getCohort() { return cohort; }
    public LocalDate getDate() { return date; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public String getTrainer() { return trainer; }
    public String getPlace() { return place; }
    public String getTopic() { return topic; }
    public Long getSeriesId() { return seriesId; }
    public boolean isCancelled() { return cancelledAt != null; }
    public Instant getCancelledAt() { return cancelledAt; }
    public boolean isSheetOnFile() { return sheetOnFile; }
    public Instant getAttendanceTakenAt() { return attendanceTakenAt; }
    public String getAttendanceTakenBy() { return attendanceTakenBy; }
    public Set<Competence> getCompetences() { return Set.copyOf(competences); }
}
