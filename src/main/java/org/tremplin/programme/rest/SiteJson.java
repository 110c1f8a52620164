package org.tremplin.programme.rest;

import jakarta.validation.Validator;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.rest.Inputs;

public record SiteJson(Long id, String name, String commune, Long version) {

    static SiteJson of(Site s) {
        return new SiteJson(s.getId(), s.getName(), s.getCommune(), s.getVersion());
    }

    Site applyTo(Site s, Validator validator) {
        s.setName(name);
        s.setCommune(commune);
        Inputs in = new Inputs();
        in.validate(validator, s);
        in.check();
        return s;
    }
}
