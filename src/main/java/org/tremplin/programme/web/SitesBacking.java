package org.tremplin.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.web.EditableList;

/** admin/sites.xhtml */
@Named
@ViewScoped
public class SitesBacking extends EditableList<Site> {

    @Inject
    ProgrammeService programmes;

    @Override
    protected List<Site> load() {
        return programmes.sites();
    }

    @Override
    protected Site blank() {
        return new Site(null, null);
    }

    @Override
    protected Site store(Site item) {
        return programmes.save(item);
    }

    @Override
    protected Site reload(Site item) {
        return programmes.site(item.getId());
    }
}
