package org.tremplin.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tremplin.shared.domain.BaseEntity;

/**
 * A lazy table over a query: the count and one page come from the database, never the whole list.
 * The page's backing bean gives the two queries, already narrowed to its filters.
 */
public class PagedModel<T extends BaseEntity> extends LazyDataModel<T> {

    /** The count behind a table (serializable: view-scoped beans hold their model). */
    public interface Count extends Serializable {
        long count();
    }

    /** One page of the rows behind a table. */
    public interface Page<T> extends Serializable {
        List<T> page(int first, int size);
    }

    private final Count count;
    private final Page<T> page;

    public PagedModel(Count count, Page<T> page) {
        this.count = count;
        this.page = page;
    }

    /** After a filter change: the table with this client id goes back to its first page. */
    public static void rewind(String tableId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> rowKey.equals(String.valueOf(row.getId()))).findFirst().orElse(null);
    }
}
