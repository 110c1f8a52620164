package org.tremplin.shared.web;

/** What a plain list's address asks for, as its pager ({@code t:pager}) reads it. */
public interface ListQuery {

    /** The page asked for, from 1. */
    int page();

    /** Rows a page: one of {@link ListAddress#ROW_CHOICES}. */
    int rows();

    /** The address of another page of the same list, relative to the list's own. */
    String pageLink(int number);
}
