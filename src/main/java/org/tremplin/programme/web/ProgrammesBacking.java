package org.tremplin.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.web.EditableList;

/** admin/programmes.xhtml */
@Named
@ViewScoped
public class ProgrammesBacking extends EditableList<Programme> {

    @Inject
    ProgrammeService programmes;

    @Override
    protected List<Programme> load() {
        return programmes.programmes();
    }

    @Override
    protected Programme blank() {
        LocalDate start = LocalDate.now().withDayOfYear(1);
        return new Programme(null, null, start, start.plusYears(3).minusDays(1));
    }

    @Override
    protected Programme store(Programme item) {
        return programmes.save(item);
    }

    @Override
    protected Programme reload(Programme item) {
        return programmes.programme(item.getId());
    }
}
