package org.tremplin.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.learner.infrastructure.LearnerRepository;
import org.tremplin.training.application.PixCampaign.Participant;
import org.tremplin.training.application.PixCampaign.Problem;
import org.tremplin.training.domain.Assessment;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.PixMapping;
import org.tremplin.training.infrastructure.AssessmentRepository;

/**
 * Pix Orga results in: each participant of a campaign export matched to a learner of the caller's sites
 * (by the Tremplin number of the campaign's external-id column, else by name), previewed, then stored as
 * PIX assessments on DigComp through {@link PixMapping}, all or nothing. A row already imported (same
 * learner, Pix, same day) is left as it is, so the same file twice stores nothing new.
 */
@ApplicationScoped
@Transactional
@Audited
public class PixImportService {

    private static final int CHUNK = 500;

    /** What becomes of a row. */
    public enum Status { MATCHED, AMBIGUOUS, UNMATCHED, SKIPPED, NOT_SENT, NOTHING_TO_RECORD, ALREADY_IMPORTED, INVALID }

    /** A learner a row may be: the one matched, or one of those with the same name. */
    public record Candidate(Long id, String name, String site, Integer birthYear) implements Serializable {
        static Candidate of(Learner l) {
            return new Candidate(l.getId(), l.getFirstName() + " " + l.getLastName(), l.getSite().getName(),
                    l.getBirthDate() == null ? null : l.getBirthDate().getYear());
        }
    }

    /** A row of the file and what the import makes of it. */
    public record Row(Participant participant, Status status, Candidate learner, List<Candidate> candidates,
            Map<String, Integer> digComp, List<Problem> problems) implements Serializable {
        public int line() { return participant.line(); }
        public boolean isImported() { return status == Status.MATCHED; }
    }

    /** The rows read, how many assessments were stored, and every row, in file order. */
    public record Report(String campaign, int imported, List<Row> rows, List<String> unrecognisedColumns) implements Serializable {
        public List<Row> errors() { return rows.stream().filter(r -> r.status() == Status.INVALID).toList(); }
        public List<Row> notImported() { return rows.stream().filter(r -> !r.isImported() && r.status() != Status.INVALID).toList(); }
        public long count(Status status) { return rows.stream().filter(r -> r.status() == status).count(); }
        public boolean hasErrors() { return !errors().isEmpty(); }
    }

    @Inject
    LearnerRepository learners;

    @Inject
    AssessmentRepository assessments;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    private final PixMapping mapping = PixMapping.standard();

    /**
     * What the import would do, nothing stored. {@code choices} settles rows by line: a learner id for an
     * ambiguous or unmatched row (or to correct a match), {@code null} to leave the row out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report preview(@NotNull PixCampaign campaign, @NotNull Map<Integer, Long> choices) {
        return new Report(campaign.campaignName(), 0, rows(campaign, choices), campaign.unrecognisedColumns());
    }

    /** Stores one assessment per matched row, of the kind given, or nothing when a row is in error. */
    public Report importCampaign(@NotNull PixCampaign campaign, @NotNull Map<Integer, Long> choices, @NotNull AssessmentKind kind) {
        List<Row> rows = rows(campaign, choices);
        if (rows.stream().anyMatch(r -> r.status() == Status.INVALID)) {
            return new Report(campaign.campaignName(), 0, rows, campaign.unrecognisedColumns());
        }
        Map<Long, Learner> byId = new HashMap<>();
        List<Long> ids = rows.stream().filter(Row::isImported).map(r -> r.learner().id()).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            learners.byIds(ids.subList(i, Math.min(ids.size(), i + CHUNK))).forEach(l -> byId.put(l.getId(), l));
        }
        String note = campaign.campaignName() == null || campaign.campaignName().isBlank() ? "Pix Orga"
                : "Pix Orga : " + campaign.campaignName();
        List<Assessment> stored = new ArrayList<>();
        for (Row row : rows) {
            if (row.isImported()) {
                stored.add(new Assessment(byId.get(row.learner().id()), row.participant().sentOn(), kind,
                        AssessmentMethod.PIX, row.digComp(), note.length() > 500 ? note.substring(0, 500) : note,
                        user.getUsername()));
            }
        }
        assessments.storeGroup(stored);
        if (!stored.isEmpty()) {
            // written with plain SQL, unseen by the change capture: said here
            audit.record(AuditAction.CREATE, "Assessment", null, campaign.campaignName() == null
                    ? AuditWording.of("pixImport", stored.size()) : AuditWording.of("pixImportCampaign", stored.size(), campaign.campaignName()));
        }
        return new Report(campaign.campaignName(), stored.size(), rows, campaign.unrecognisedColumns());
    }

    private List<Row> rows(PixCampaign campaign, Map<Integer, Long> choices) {
        Map<String, List<Learner>> byKey = namesakes(campaign);
        Map<Long, Learner> chosen = chosen(campaign, choices);
        List<Row> rows = new ArrayList<>();
        for (Participant p : campaign.participants()) {
            rows.add(row(p, byKey, choices, chosen));
        }
        return settle(rows);
    }

    private Row row(Participant p, Map<String, List<Learner>> byKey, Map<Integer, Long> choices, Map<Long, Learner> chosen) {
        if (!p.isValid()) {
            return new Row(p, Status.INVALID, null, List.of(), Map.of(), p.problems());
        }
        if (!p.sent()) {
            return new Row(p, Status.NOT_SENT, null, List.of(), Map.of(), List.of());
        }
        Map<String, Integer> digComp = mapping.toDigComp(p.pixLevels());
        if (digComp.isEmpty()) {
            return new Row(p, Status.NOTHING_TO_RECORD, null, List.of(), digComp, List.of());
        }
        List<Candidate> namesakes = java.util.stream.Stream.of(NameKey.searchKey(p.firstName(), p.lastName()),
                NameKey.searchKey(p.lastName(), p.firstName())).distinct()
                .flatMap(k -> byKey.getOrDefault(k, List.of()).stream()).distinct().map(Candidate::of).toList();
        if (choices.containsKey(p.line())) {
            Long id = choices.get(p.line());
            if (id == null) {
                return new Row(p, Status.SKIPPED, null, namesakes, digComp, List.of());
            }
            Learner learner = chosen.get(id);
            return learner == null
                    ? new Row(p, Status.INVALID, null, namesakes, digComp, List.of(Problem.of("pix.row.chosenUnknown", id)))
                    : new Row(p, Status.MATCHED, Candidate.of(learner), namesakes, digComp, List.of());
        }
        if (!p.externalId().isEmpty()) {
            Learner learner = chosen.get(Long.valueOf(p.externalId()));
            return learner == null
                    ? new Row(p, Status.UNMATCHED, null, namesakes, digComp, List.of(Problem.of("pix.row.numberUnknown", p.externalId())))
                    : new Row(p, Status.MATCHED, Candidate.of(learner), namesakes, digComp, List.of());
        }
        return switch (namesakes.size()) {
            case 0 -> new Row(p, Status.UNMATCHED, null, namesakes, digComp, List.of());
            case 1 -> new Row(p, Status.MATCHED, namesakes.get(0), namesakes, digComp, List.of());
            default -> new Row(p, Status.AMBIGUOUS, null, namesakes, digComp, List.of());
        };
    }

    /** A learner twice in the file is an error on the later line; a row already imported (same learner and day) is left. */
    private List<Row> settle(List<Row> rows) {
        List<Long> ids = rows.stream().filter(Row::isImported).map(r -> r.learner().id()).distinct().toList();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            assessments.pixDays(ids.subList(i, Math.min(ids.size(), i + CHUNK))).forEach(r -> done.add(r[0] + "|" + r[1]));
        }
        Map<Long, Integer> firstLine = new HashMap<>();
        List<Row> settled = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (!r.isImported()) {
                settled.add(r);
                continue;
            }
            Integer first = firstLine.putIfAbsent(r.learner().id(), r.line());
            if (first != null) {
                settled.add(new Row(r.participant(), Status.INVALID, r.learner(), r.candidates(), r.digComp(),
                        List.of(Problem.of("pix.row.sameLearner", r.learner().name(), first))));
            } else if (done.contains(r.learner().id() + "|" + r.participant().sentOn())) {
                settled.add(new Row(r.participant(), Status.ALREADY_IMPORTED, r.learner(), r.candidates(), r.digComp(), List.of()));
            } else {
                settled.add(r);
            }
        }
        return settled;
    }

    /** The learners of the caller's sites named as some row of the file, by search key. */
    private Map<String, List<Learner>> namesakes(PixCampaign campaign) {
        Set<String> keys = new LinkedHashSet<>();
        for (Participant p : campaign.participants()) {
            if (p.isValid() && p.sent()) {
                keys.add(NameKey.searchKey(p.firstName(), p.lastName()));
                keys.add(NameKey.searchKey(p.lastName(), p.firstName()));
            }
        }
        List<String> all = List.copyOf(keys);
        Map<String, List<Learner>> byKey = new HashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (Learner l : learners.withNames(all.subList(i, Math.min(all.size(), i + CHUNK)), user.siteScope())) {
                byKey.computeIfAbsent(l.getSearchKey(), k -> new ArrayList<>()).add(l);
            }
        }
        return byKey;
    }

    /** The learners the rows name by number or by the caller's choice, within the caller's sites (others are unknown). */
    private Map<Long, Learner> chosen(PixCampaign campaign, Map<Integer, Long> choices) {
        Set<Long> ids = new LinkedHashSet<>();
        choices.values().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        campaign.participants().stream().filter(p -> p.isValid() && !p.externalId().isEmpty())
                .forEach(p -> ids.add(Long.valueOf(p.externalId())));
        Map<Long, Learner> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (Learner l : learners.byIds(all.subList(i, Math.min(all.size(), i + CHUNK)))) {
                if (user.seesSite(l.getSite().getId()) && !l.isAnonymised() && !l.isRestricted()) {
                    found.put(l.getId(), l);
                }
            }
        }
        return found;
    }
}
