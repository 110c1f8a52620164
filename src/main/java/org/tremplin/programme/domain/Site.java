package org.tremplin.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tremplin.shared.domain.BaseEntity;

/** Where the work happens: a social centre, a school, a library, a mobile workshop. */
@Entity
@Table(name = "site")
@NamedQuery(name = Site.ALL, query = "SELECT s FROM Site s ORDER BY s.name", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = BaseEntity.KEPT_MILLIS)})
@NamedQuery(name = Site.IN, query = "SELECT s FROM Site s WHERE s.id IN :ids ORDER BY s.name", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = BaseEntity.KEPT_MILLIS)})
public class Site extends BaseEntity {

    /** Every site by name; and those of a list of ids ({@code :ids}). Kept by EclipseLink (see KEPT_MILLIS). */
    public static final String ALL = "Site.all";
    public static final String IN = "Site.in";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String commune;

    protected Site() {
    }

    public Site(String name, String commune) {
        this.name = name;
        this.commune = commune;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
}
