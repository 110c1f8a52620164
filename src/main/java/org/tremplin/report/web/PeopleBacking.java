package org.tremplin.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tremplin.learner.domain.Gender;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.infrastructure.EsfQueries.Person;
import org.tremplin.shared.web.Pages;
import org.tremplin.shared.web.Texts;

/** The people behind one figure of the ESF+ report (coordinators and admins; funders never reach it). */
@Named
@ViewScoped
public class PeopleBacking extends ReportPage {

    private String code;
    private String gender;
    private EsfIndicator indicator;
    private List<Person> people;

    @Override
    protected void read(Long programmeId, LocalDate from, LocalDate to) {
        indicator = EsfIndicator.byCode(code).orElse(null);
        Gender g = null;
        try {
            g = gender == null || gender.isBlank() ? null : Gender.valueOf(gender);
        } catch (IllegalArgumentException e) {
            indicator = null;
        }
        if (indicator == null) {
            Pages.notFound();
            return;
        }
        people = reports.people(programmeId, from, to, indicator, Optional.ofNullable(g));
    }

    @Override
    protected String view() {
        return "/reports/people";
    }

    public String getTitle() {
        return indicator.code() + " · " + Texts.text("esf." + indicator.code())
                + (gender == null || gender.isBlank() ? "" : " · " + Texts.text("Gender." + gender));
    }

    @Override
    public String getQuery() {
        return super.getQuery() + "&code=" + code + (gender == null || gender.isBlank() ? "" : "&gender=" + gender);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public List<Person> getPeople() { return people; }
}
