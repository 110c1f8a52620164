package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.learner.application.AccompanimentRequest;
import org.tremplin.learner.application.AccompanimentService;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.domain.AccompanimentEquipment;
import org.tremplin.learner.domain.AccompanimentTopic;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.PagedModel;

/**
 * learners/accompaniments.xhtml: a person helped once, in a short form (no ESF+ intake); the latest ones,
 * each of which can become a full intake; each site's one-off activity this month and this year.
 */
@Named
@ViewScoped
public class AccompanimentsBacking implements Serializable {

    @Inject
    AccompanimentService accompaniments;

    @Inject
    ProgrammeService programmes;

    private Long siteId;
    private LocalDate happenedOn = LocalDate.now();
    private AccompanimentTopic topic;
    private Integer durationMinutes = 30;
    private AccompanimentEquipment equipmentUsed;
    private String firstName;
    private String note;
    private List<AccompanimentService.SiteActivity> month;
    private List<AccompanimentService.SiteActivity> year;
    private final PagedModel<Accompaniment> model = new PagedModel<>(() -> accompaniments.count(),
            (first, size) -> accompaniments.page(first, size));

    public void load() {
        List<Site> sites = getSites();
        if (siteId == null && sites.size() == 1) {
            siteId = sites.get(0).getId();
        }
    }

    public void save() {
        try {
            accompaniments.record(new AccompanimentRequest(siteId, happenedOn, topic, durationMinutes, equipmentUsed, firstName, note));
            Messages.addGlobalInfo("accompaniment.saved");
            topic = null;
            equipmentUsed = null;
            firstName = null;
            note = null;
            month = null;
            year = null;
        } catch (ConflictException e) {
            switch (e.getField() == null ? "" : e.getField()) {
                case "happenedOn" -> Messages.addError("record:happenedOn", "accompaniment.dateInvalid");
                case "durationMinutes" -> Messages.addError("record:duration", "accompaniment.durationInvalid", Accompaniment.MAX_MINUTES);
                default -> Messages.addGlobalError("accompaniment.notSaved");
            }
        }
    }

    /** This month's activity per site. */
    public List<AccompanimentService.SiteActivity> getMonth() {
        if (month == null) {
            LocalDate today = LocalDate.now();
            month = accompaniments.activity(today.withDayOfMonth(1), today);
        }
        return month;
    }

    /** This calendar year's activity per site. */
    public List<AccompanimentService.SiteActivity> getYear() {
        if (year == null) {
            LocalDate today = LocalDate.now();
            year = accompaniments.activity(today.withDayOfYear(1), today);
        }
        return year;
    }

    public List<Site> getSites() { return programmes.sites(); }
    public AccompanimentTopic[] getTopics() { return AccompanimentTopic.values(); }
    public AccompanimentEquipment[] getEquipments() { return AccompanimentEquipment.values(); }
    public PagedModel<Accompaniment> getModel() { return model; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public void setHappenedOn(LocalDate happenedOn) { this.happenedOn = happenedOn; }
    public AccompanimentTopic getTopic() { return topic; }
    public void setTopic(AccompanimentTopic topic) { this.topic = topic; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public AccompanimentEquipment getEquipmentUsed() { return equipmentUsed; }
    public void setEquipmentUsed(AccompanimentEquipment equipmentUsed) { this.equipmentUsed = equipmentUsed; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
