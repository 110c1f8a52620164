package org.tremplin.learner.domain;

/**
 * The French diploma ladder asked at intake, and the ISCED 2011 level each one maps to for the ESF+
 * education indicators (EECO09 ISCED 0–2, EECO10 3–4, EECO11 5–8).
 */
public enum DiplomaLevel {
    /** No diploma (at most lower secondary school). */
    NONE(2),
    /** CAP, BEP: vocational upper secondary. */
    CAP_BEP(3),
    /** Baccalauréat (général, technologique, professionnel). */
    BACCALAUREAT(3),
    /** Bac+2: BTS, DUT, DEUST. */
    BAC_PLUS_2(5),
    /** Licence, licence professionnelle, BUT (bac+3). */
    LICENCE(6),
    /** Master, engineering or business school diploma (bac+5). */
    MASTER(7),
    /** Doctorate (bac+8). */
    DOCTORATE(8);

    private final int isced;

    DiplomaLevel(int isced) {
        this.isced = isced;
    }

    public int isced() {
        return isced;
    }
}
