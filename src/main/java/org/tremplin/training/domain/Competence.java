package org.tremplin.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** One of the 21 DigComp 2.2 competences (reference data, loaded by migration; never changed by the app). */
@Entity
@Table(name = "competence")
public class Competence implements Serializable {

    @Id
    @Column(length = 5)
    private String code;

    @Column(name = "area_code", nullable = false)
    private int areaCode;

    @Column(name = "area_en", nullable = false)
    private String areaEn;

    @Column(name = "area_fr", nullable = false)
    private String areaFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    protected Competence() {
    }

    public Competence(String code, int areaCode, String areaEn, String areaFr, String nameEn, String nameFr) {
        this.code = code;
        this.areaCode = areaCode;
        this.areaEn = areaEn;
        this.areaFr = areaFr;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String area(Locale locale) {
        return "en".equals(locale.getLanguage()) ? areaEn : areaFr;
    }

    public String getCode() { return code; }
    public int getAreaCode() { return areaCode; }
    public String getNameEn() { return nameEn; }
    public String getNameFr() { return nameFr; }
    public String getAreaEn() { return areaEn; }
    public String getAreaFr() { return areaFr; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Competence c && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
