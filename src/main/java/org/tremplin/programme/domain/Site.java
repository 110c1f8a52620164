package org.tremplin.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tremplin.shared.domain.BaseEntity;

/** Where the work happens: a social centre, a school, a library, a mobile workshop. */
@Entity
@Table(name = "site")
public class Site extends BaseEntity {

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
