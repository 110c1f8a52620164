package org.tremplin.learner.domain;

/** The orders a learner list can be sorted in; each maps to indexed columns, id last for stability. */
public enum LearnerSort {
    NAME("l.lastName, l.firstName"),
    FIRST_NAME("l.firstName, l.lastName"),
    BIRTH_DATE("l.birthDate"),
    SITE("s.name, l.lastName"),
    RECENT("l.id");

    private final String columns;

    LearnerSort(String columns) {
        this.columns = columns;
    }

    /** The order reads the site's name: the query joins the site (alias {@code s}). */
    public boolean needsSite() {
        return this == SITE;
    }

    public String orderBy(boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        // records without a birth date (drafts) come last whichever the direction, on H2 and PostgreSQL alike
        String nulls = this == BIRTH_DATE ? " NULLS LAST" : "";
        String order = String.join(direction + ", ", columns.split(", ")) + direction + nulls;
        return columns.equals("l.id") ? order : order + ", l.id" + direction; // id last: a stable order for paging
    }
}
