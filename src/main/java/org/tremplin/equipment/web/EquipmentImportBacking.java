package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.equipment.application.EquipmentImport;
import org.tremplin.equipment.application.EquipmentImportService;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;
import org.tremplin.shared.web.Uploads;

/** equipment/import.xhtml: read a CSV inventory for a site, show the lines to correct, then store. */
@Named
@ViewScoped
public class EquipmentImportBacking implements Serializable {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    EquipmentImportService imports;

    @Inject
    ProgrammeService programmes;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private Long siteId;
    private List<EquipmentImport.Row> rows = List.of();
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private ImportReport report;

    public void read() {
        report = null;
        byte[] read = Uploads.read(file, MAX_BYTES, "equipmentImport.tooLarge");
        if (read == null) {
            return;
        }
        content = read;
        fileName = file.getSubmittedFileName();
        rows = imports.preview(content, siteId);
    }

    public void start() {
        report = imports.importFile(content, siteId, mode);
        if (report.imported() > 0) {
            Messages.addGlobalInfo("equipmentImport.done", report.imported(), report.rows());
            rows = List.of();
            content = null;
        } else {
            Messages.addGlobalError("import.nothing", report.errors().size());
        }
    }

    public boolean isRead() { return content != null; }
    public List<EquipmentImport.Row> getInvalid() { return rows.stream().filter(r -> !r.isValid()).toList(); }
    public long getValidCount() { return rows.stream().filter(EquipmentImport.Row::isValid).count(); }
    public List<Site> getSites() { return programmes.sites(); }
    public ImportMode[] getModes() { return ImportMode.values(); }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFileName() { return fileName; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public ImportMode getMode() { return mode; }
    public void setMode(ImportMode mode) { this.mode = mode; }
    public ImportReport getReport() { return report; }
}
