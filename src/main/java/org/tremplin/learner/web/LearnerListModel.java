package org.tremplin.learner.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;

/** Loads one page of learners at a time from the database; filter and count are done there too. */
public class LearnerListModel extends LazyDataModel<Learner> {

    private final LearnerService learners;
    private LearnerFilter filter = LearnerFilter.none();

    public LearnerListModel(LearnerService learners) {
        this.learners = learners;
    }

    public void setFilter(LearnerFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, learners.count(filter));
    }

    @Override
    public List<Learner> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        LearnerSort sort = LearnerSort.NAME;
        boolean descending = false;
        for (SortMeta meta : sortBy.values()) {
            sort = sortOf(meta.getField());
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        return learners.page(filter, sort, descending, first, pageSize);
    }

    static LearnerSort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "birthDate" -> LearnerSort.BIRTH_DATE;
            case "site.name" -> LearnerSort.SITE;
            case "firstName" -> LearnerSort.FIRST_NAME;
            default -> LearnerSort.NAME;
        };
    }

    @Override
    public String getRowKey(Learner learner) {
        return String.valueOf(learner.getId());
    }

    @Override
    public Learner getRowData(String rowKey) {
        return learners.get(Long.valueOf(rowKey));
    }
}
