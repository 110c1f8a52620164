package org.tremplin.learner.rest;

import java.time.LocalDate;
import org.tremplin.learner.domain.Gender;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.Learner;
import jakarta.validation.Validator;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.rest.Inputs;

/**
 * The learner shape of DESIGN.md. Sensitive characteristics are left out (null, so not written) for
 * callers that may not see them. {@code esfMissing} lists what the ESF+ participant sheet still lacks.
 * Read only: {@code restricted} (processing restricted), {@code anonymisedOn} and {@code birthYear}
 * (what is left of the birth date once anonymised).
 */
public record LearnerJson(Long id, String firstName, String lastName, String birthDate, String gender,
        String email, String phone, String postcode, String commune, Long siteId, String labourStatus,
        String unemployedSince, Integer iscedLevel, Boolean disability, Boolean thirdCountNational,
        Boolean foreignBackground, Boolean minority, Boolean homeless, Boolean ruralArea,
        Boolean priorityNeighbourhood, java.util.List<String> esfMissing, Long version, Integer birthYear,
        Boolean restricted, String anonymisedOn) {

    static LearnerJson of(Learner l, boolean sensitive) {
        return new LearnerJson(l.getId(), l.getFirstName(), l.getLastName(), Inputs.text(l.getBirthDate()),
                Inputs.text(l.getGender()), l.getEmail(), l.getPhone(), l.getPostcode(), l.getCommune(),
                l.getSite().getId(), Inputs.text(l.getLabourStatus()), Inputs.text(l.getUnemployedSince()),
                l.getIscedLevel(),
                sensitive ? l.isDisability() : null, sensitive ? l.isThirdCountNational() : null,
                sensitive ? l.isForeignBackground() : null, sensitive ? l.isMinority() : null,
                sensitive ? l.isHomeless() : null, sensitive ? l.isRuralArea() : null,
                sensitive ? l.isPriorityNeighbourhood() : null, l.missingEsfFields(), l.getVersion(),
                l.getBirthYear(), l.isRestricted(), Inputs.text(l.getAnonymisedOn()));
    }

    /** Copies this input onto a learner; every unparseable field is reported at once. */
    Learner applyTo(Learner l, ProgrammeService programmes, Validator validator) {
        Inputs in = new Inputs();
        LocalDate birth = in.date("birthDate", birthDate);
        LocalDate since = in.date("unemployedSince", unemployedSince);
        Gender g = in.choice("gender", gender, Gender.class);
        LabourStatus status = in.choice("labourStatus", labourStatus, LabourStatus.class);
        Site site = in.reference("siteId", siteId, () -> programmes.site(siteId));
        l.setFirstName(firstName);
        l.setLastName(lastName);
        l.setBirthDate(birth);
        l.setGender(g);
        l.setEmail(blankToNull(email));
        l.setPhone(blankToNull(phone));
        l.setPostcode(blankToNull(postcode));
        l.setCommune(blankToNull(commune));
        l.setSite(site);
        l.setLabourStatus(status);
        l.setUnemployedSince(since);
        l.setIscedLevel(iscedLevel);
        l.setDisability(Boolean.TRUE.equals(disability));
        l.setThirdCountNational(Boolean.TRUE.equals(thirdCountNational));
        l.setForeignBackground(Boolean.TRUE.equals(foreignBackground));
        l.setMinority(Boolean.TRUE.equals(minority));
        l.setHomeless(Boolean.TRUE.equals(homeless));
        l.setRuralArea(Boolean.TRUE.equals(ruralArea));
        l.setPriorityNeighbourhood(Boolean.TRUE.equals(priorityNeighbourhood));
        in.validate(validator, l);
        in.check();
        return l;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
