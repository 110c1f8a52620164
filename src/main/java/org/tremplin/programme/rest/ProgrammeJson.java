package org.tremplin.programme.rest;

import jakarta.validation.Validator;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.rest.Inputs;

/** The programme shape of DESIGN.md; {@code version} guards against lost updates on PUT. */
public record ProgrammeJson(Long id, String name, String funder, String startDate, String endDate,
        Integer minAttendanceDays, Long version) {

    static ProgrammeJson of(Programme p) {
        return new ProgrammeJson(p.getId(), p.getName(), p.getFunder(), Inputs.text(p.getStartDate()),
                Inputs.text(p.getEndDate()), p.getMinAttendanceDays(), p.getVersion());
    }

    Programme applyTo(Programme p, Validator validator) {
        Inputs in = new Inputs();
        var start = in.date("startDate", startDate);
        var end = in.date("endDate", endDate);
        p.setName(name);
        p.setFunder(funder);
        p.setStartDate(start);
        p.setEndDate(end);
        if (minAttendanceDays != null) {
            p.setMinAttendanceDays(minAttendanceDays);
        }
        in.validate(validator, p);
        in.check();
        return p;
    }
}
