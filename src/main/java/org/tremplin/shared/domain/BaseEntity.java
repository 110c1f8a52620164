package org.tremplin.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * Identity and optimistic locking for every entity. Ids come from one database sequence
 * (EclipseLink's IDENTITY columns fail on H2 2.x; sequences work on H2 and PostgreSQL).
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    /**
     * How long an instance keeps what every page asks again: the results of the named queries marked
     * with EclipseLink's results cache (sites, programmes, an account's sites) and the learner list's
     * totals (LearnerLists). A write through JPA on this instance drops them at once (EclipseLink
     * invalidates a query's results when its class changes); another instance's writes show after this
     * delay at most (docs/cluster.md).
     */
    public static final String KEPT_MILLIS = "10000";

    @Id
    @SequenceGenerator(name = "tremplin_seq", sequenceName = "tremplin_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tremplin_seq")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** For the REST layer: refuses a change made from an older version than the stored one (409). */
    public void checkVersion(Long clientVersion) {
        if (clientVersion != null && clientVersion != version) {
            throw new ConflictException("version", "Someone else changed this record meanwhile. Read it again and retry.");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        BaseEntity that = (BaseEntity) other;
        return id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getClass());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
