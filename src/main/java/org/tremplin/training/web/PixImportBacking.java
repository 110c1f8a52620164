package org.tremplin.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.web.UploadLimit;
import org.tremplin.shared.web.Uploads;
import org.tremplin.training.application.PixCampaign;
import org.tremplin.training.application.PixImportService.Row;
import org.tremplin.training.application.PixImportService.Status;
import org.tremplin.training.application.PixImportService;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.PixMapping;

/**
 * learners/import-pix.xhtml: read a Pix Orga export, show what each row becomes, let the coordinator
 * settle the namesakes and the unmatched, then store the assessments (all or nothing).
 */
@Named
@ViewScoped
public class PixImportBacking implements Serializable {

    /** The value of the row choice that leaves a row out. */
    static final long SKIP = 0L;

    @Inject
    transient PixImportService imports;

    private transient Part file;
    private String fileName;
    private PixCampaign campaign;
    private AssessmentKind kind = AssessmentKind.ENTRY;
    private PixImportService.Report report;
    private boolean done;
    /** For a row with namesakes: the learner id chosen, or {@link #SKIP}. */
    private final Map<Integer, Long> chosen = new HashMap<>();
    /** For a row without a namesake: the learner found with the picker. */
    private final Map<Integer, Learner> picked = new HashMap<>();

    public void read() {
        byte[] content = Uploads.read(file, UploadLimit.MAX_FILE_BYTES, "import.tooLarge");
        if (content == null) {
            return;
        }
        fileName = file.getSubmittedFileName();
        campaign = PixCampaign.read(content, PixMapping.standard(), LocalDate.now());
        chosen.clear();
        picked.clear();
        done = false;
        report = null;
        if (campaign.fileProblem().isPresent()) {
            Messages.addGlobalError("pix.file." + campaign.fileProblem().get());
            campaign = null;
            return;
        }
        check();
    }

    /** What the import would do with the choices made so far (nothing stored). */
    public void check() {
        if (campaign != null) {
            report = imports.preview(campaign, choices());
        }
    }

    public void start() {
        if (campaign == null) {
            return;
        }
        report = imports.importCampaign(campaign, choices(), kind);
        if (report.hasErrors()) {
            Messages.addGlobalError("pixImport.nothing", report.errors().size());
            return;
        }
        done = true;
        Messages.addGlobalInfo("pixImport.done", report.imported(), report.rows().size());
    }

    private Map<Integer, Long> choices() {
        Map<Integer, Long> choices = new LinkedHashMap<>();
        chosen.forEach((line, id) -> {
            if (id != null) {
                choices.put(line, id == SKIP ? null : id);
            }
        });
        picked.forEach((line, learner) -> {
            if (learner != null) {
                choices.put(line, learner.getId());
            }
        });
        return choices;
    }

    public String problems(Row row) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return String.join(" ; ", row.problems().stream().map(p -> p.text(locale)).toList());
    }

    /** A row the coordinator may settle: namesakes to choose from, or none and a learner to find. */
    public boolean choosable(Row row) {
        return !done && (row.status() == Status.AMBIGUOUS || chosen.get(row.line()) != null);
    }

    public boolean pickable(Row row) {
        return !done && row.candidates().isEmpty() && (row.status() == Status.UNMATCHED || picked.get(row.line()) != null);
    }

    public long count(String status) {
        return report == null ? 0 : report.count(Status.valueOf(status));
    }

    public List<Row> getRows() { return report == null ? List.of() : report.rows(); }
    public PixImportService.Report getReport() { return report; }
    public boolean isRead() { return campaign != null; }
    public boolean isDone() { return done; }
    public String getFileName() { return fileName; }
    public AssessmentKind[] getKinds() { return AssessmentKind.values(); }
    public Map<Integer, Long> getChosen() { return chosen; }
    public Map<Integer, Learner> getPicked() { return picked; }
    public AssessmentKind getKind() { return kind; }
    public void setKind(AssessmentKind kind) { this.kind = kind; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
