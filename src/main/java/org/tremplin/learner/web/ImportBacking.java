package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.tremplin.learner.application.importing.ImportField;
import org.tremplin.learner.application.importing.ImportPlan;
import org.tremplin.learner.application.importing.LearnerImportService;
import org.tremplin.learner.application.importing.RowMapper;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;
import org.tremplin.shared.web.Uploads;

/**
 * learners/import.xhtml: read a CSV file, check the column mapping and a preview, choose what to do
 * with bad rows, then import (a progress bar runs while the request works).
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    static final int PREVIEW_ROWS = 10;
    static final long MAX_BYTES = org.tremplin.shared.web.UploadLimit.MAX_FILE_BYTES;

    @Inject
    ProgrammeService programmes;

    @Inject
    transient LearnerImportService imports;

    @Inject
    transient Validator validator;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private ImportPlan plan;
    private final Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    private List<RowMapper.Result> checked = List.of();
    private Long siteId;
    private Long cohortId;
    private LocalDate entryDate = LocalDate.now();
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private volatile ImportReport report;

    /** Reads the uploaded file and guesses the mapping from its headers. */
    public void read() {
        byte[] read = Uploads.read(file, MAX_BYTES, "import.tooLarge");
        if (read == null) {
            return;
        }
        content = read;
        fileName = file.getSubmittedFileName();
        plan = ImportPlan.read(content);
        mapping.clear();
        mapping.putAll(plan.columns());
        report = null;
        check();
    }

    /** Checks every row against the chosen mapping and site (nothing is stored). */
    public void check() {
        if (plan == null || siteId == null) {
            checked = List.of();
            if (siteId == null && plan != null) {
                Messages.addGlobalWarn("import.chooseSite");
            }
            return;
        }
        mapping.values().removeIf(column -> column == null || column < 0);
        plan = plan.mappedAs(mapping);
        String problem = plan.mappingProblem().orElse(null);
        if (problem != null) {
            Messages.addGlobalError(problem);
            checked = List.of();
            return;
        }
        checked = plan.check(programmes.site(siteId), validator);
    }

    /**
     * Imports in this request (10,000 rows take a few seconds); the page shows an indeterminate
     * progress bar meanwhile. A background import lost the persistence context of the request's
     * entities (EclipseLink "closed EntityManager"), so it stays synchronous for now.
     */
    public void start() {
        check();
        if (checked.isEmpty()) {
            return;
        }
        Site site = programmes.site(siteId);
        Cohort cohort = cohortId == null ? null : programmes.cohort(cohortId);
        report = imports.importFile(plan, site, cohort, entryDate, mode, null);
        finished();
    }

    void finished() {
        if (report != null && report.imported() > 0) {
            Messages.addGlobalInfo("import.done", report.imported(), report.rows());
        } else if (report != null) {
            Messages.addGlobalError("import.nothing", report.errors().size());
        }
    }

    public List<RowMapper.Result> getPreview() {
        return checked.subList(0, Math.min(PREVIEW_ROWS, checked.size()));
    }

    public List<RowMapper.Result> getInvalid() {
        return checked.stream().filter(r -> !r.isValid()).toList();
    }

    public long getValidCount() {
        return checked.stream().filter(RowMapper.Result::isValid).count();
    }

    /** Column choices: -1 for none, then each header with its position. */
    public List<Integer> getColumnIndexes() {
        List<Integer> indexes = new ArrayList<>();
        indexes.add(-1);
        for (int i = 0; plan != null && i < plan.headers().size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public String columnLabel(int index) {
        return index < 0 ? "—" : (index + 1) + ". " + plan.headers().get(index);
    }

    public Integer getColumn(ImportField field) {
        return mapping.getOrDefault(field, -1);
    }

    public List<Site> getSites() { return programmes.sites(); }

    public List<Cohort> getCohorts() {
        return siteId == null ? List.of() : programmes.cohortsOf(siteId, null);
    }

    public ImportField[] getFields() { return ImportField.values(); }
    public ImportMode[] getModes() { return ImportMode.values(); }
    public Map<ImportField, Integer> getMapping() { return mapping; }
    public boolean isRead() { return plan != null; }
    public ImportReport getReport() { return report; }
    public String getFileName() { return fileName; }
    public int getRowCount() { return plan == null ? 0 : plan.size(); }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
    public ImportMode getMode() { return mode; }
    public void setMode(ImportMode mode) { this.mode = mode; }
}
