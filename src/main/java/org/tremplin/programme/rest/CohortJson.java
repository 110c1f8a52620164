package org.tremplin.programme.rest;

import jakarta.validation.Validator;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.rest.Inputs;

public record CohortJson(Long id, Long programmeId, Long siteId, String name, String startDate, String endDate,
        Integer plannedHours, Long version) {

    static CohortJson of(Cohort c) {
        return new CohortJson(c.getId(), c.getProgramme().getId(), c.getSite().getId(), c.getName(),
                Inputs.text(c.getStartDate()), Inputs.text(c.getEndDate()), c.getPlannedHours(), c.getVersion());
    }

    Cohort applyTo(Cohort c, ProgrammeService service, Validator validator) {
        Inputs in = new Inputs();
        var programme = in.reference("programmeId", programmeId, () -> service.programme(programmeId));
        var site = in.reference("siteId", siteId, () -> service.site(siteId));
        var start = in.date("startDate", startDate);
        var end = in.date("endDate", endDate);
        c.setProgramme(programme);
        c.setSite(site);
        c.setName(name);
        c.setStartDate(start);
        c.setEndDate(end);
        c.setPlannedHours(plannedHours == null ? 0 : plannedHours);
        in.validate(validator, c);
        in.check();
        return c;
    }
}
