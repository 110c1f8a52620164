package org.tremplin.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.tremplin.shared.domain.Page;

/**
 * A list page without state: a request-scoped bean reads one page of rows for its address ({@link ListQuery}), and
 * tells its pager ({@code t:pager}) where the rows shown stand. A page past the last shows the last.
 */
public abstract class PlainList<T> {

    /** Page links shown on each side of the current one. */
    static final int NEAR = 2;

    private Page<T> result;
    private int first;

    /** The list's query, for the page and its pager. */
    public abstract ListQuery getQuery();

    /** The rows from {@code first} (from 0), {@code size} of them, with the total. */
    protected abstract Page<T> search(int first, int size);

    /** The page of rows asked for (the last one when the address asks past it), read once per request. */
    public Page<T> getResult() {
        if (result == null) {
            int size = getQuery().rows();
            first = (int) Math.min(Integer.MAX_VALUE - size, (getQuery().page() - 1L) * size);
            result = search(first, size);
            if (result.items().isEmpty() && first > 0 && result.total() > 0) {
                first = (int) ((result.total() - 1) / size * size);
                result = search(first, size);
            }
        }
        return result;
    }

    /** The current page's number, from 1. */
    public int getPageNumber() {
        getResult();
        return first / getQuery().rows() + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getResult().total() + getQuery().rows() - 1) / getQuery().rows());
    }

    /** The first and last rows shown, from 1 (0 and 0 when there is none). */
    public long getFirstRow() {
        return getResult().items().isEmpty() ? 0 : first + 1L;
    }

    public long getLastRow() {
        return first + (long) getResult().items().size();
    }

    /** The numbers of the pages linked around the current one. */
    public List<Integer> getNearPages() {
        int current = getPageNumber();
        List<Integer> near = new ArrayList<>();
        for (int p = Math.max(1, current - NEAR); p <= Math.min(getPageCount(), current + NEAR); p++) {
            near.add(p);
        }
        return near;
    }

    public List<Integer> getRowChoices() {
        return ListAddress.ROW_CHOICES;
    }
}
