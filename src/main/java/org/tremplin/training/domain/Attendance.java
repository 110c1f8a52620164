package org.tremplin.training.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One learner at one session, as the register says. Written only by the register's bulk statements
 * (never through the entity manager: no setter, no public constructor), hence never cached.
 */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
@Cacheable(false)
public class Attendance implements Serializable {

    /** The composite key: one row per session and learner. */
    public static class Key implements Serializable {
        private Long sessionId;
        private Long learnerId;

        public Key() {
        }

        public Key(Long sessionId, Long learnerId) {
            this.sessionId = sessionId;
            this.learnerId = learnerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(learnerId, k.learnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, learnerId);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", insertable = false, updatable = false)
    private TrainingSession session;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    private int minutes;

    private String remark;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "marked_by")
    private String markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    protected Attendance() {
    }

    public Long getSessionId() { return sessionId; }
    public Long getLearnerId() { return learnerId; }
    public TrainingSession getSession() { return session; }
    public AttendanceStatus getStatus() { return status; }
    public int getMinutes() { return minutes; }
    public String getRemark() { return remark; }
    public String getClientId() { return clientId; }
    public String getMarkedBy() { return markedBy; }
    public Instant getMarkedAt() { return markedAt; }
}
