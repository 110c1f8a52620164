package org.tremplin.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.tremplin.audit.application.Audited;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentAction;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.EquipmentStatus;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.identity.application.AccountService;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.domain.AccompanimentEquipment;
import org.tremplin.learner.domain.AccompanimentTopic;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.learner.domain.Gender;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.Learner;
import org.tremplin.outcome.infrastructure.DemoOutcomes;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.infrastructure.SchemaReady;
import org.tremplin.training.infrastructure.DemoTraining;

/**
 * Demo mode ({@code TREMPLIN_DEMO=true}): Synapse and PopSchool, their sites and cohorts, about 200
 * learners with varied situations, and the demo accounts (admin; coordinator of three Synapse sites;
 * coordinator2 of PopSchool Valenciennes, the coordinator of another site; trainer of Lille-Sud, trainer2 of
 * Lille-Sud and Roubaix, trainer3 of Valenciennes, each leading the demo sessions of one site; funder) with
 * the password {@value #PASSWORD}. Runs once: a database that already holds the demo programmes keeps its
 * records, and only gets the demo accounts it lacks.
 */
@ApplicationScoped
@Audited
public class DemoData {

    public static final String PASSWORD = "tremplin-demo";
    static final int LEARNERS = 200;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[] WOMEN = {"Élodie", "Fatima", "Nathalie", "Sandrine", "Aïcha", "Julie", "Chloé",
        "Karima", "Isabelle", "Léa", "Samia", "Manon", "Sylvie", "Inès", "Océane"};
    private static final String[] MEN = {"Kevin", "Mohamed", "Jean-Pierre", "Thomas", "Mamadou", "Dylan", "Karim",
        "Nicolas", "Franck", "Yanis", "Bruno", "Rayan", "Patrick", "Lucas", "Sofiane"};
    private static final String[] NEUTRAL = {"Camille", "Alex", "Sacha", "Charlie"};
    private static final String[] LAST = {"Martin", "Lefebvre", "Dubois", "Leroy", "Benali", "Petit", "Moreau",
        "Delattre", "Diallo", "Lemaire", "Dupont", "Haddad", "Vasseur", "Lambert", "Caron", "Traoré", "Duhamel",
        "Fontaine", "Nowak", "Kowalski", "Mercier", "Roussel", "Dufour", "Bouchez", "Carpentier"};

    /** First name, last name, birth date, phone of the learners that the sample Pix export names. */
    static final String[][] PIX_PARTICIPANTS = {{"Élodie", "Martin", "1979-05-14", "06 12 34 56 78"},
        {"Aïcha", "Benali", "1988-11-02", "06 98 76 54 32"}};

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    DemoTraining training;

    @Inject
    DemoOutcomes outcomes;

    @Inject
    AccountService accounts;

    @Inject
    Config config;

    /** At start-up in demo mode ({@code TREMPLIN_DEMO=true}), after the first admin. */
    void onSchemaReady(@Observes @Priority(20) SchemaReady ready) {
        if (config.getOptionalValue("TREMPLIN_DEMO", Boolean.class).orElse(false)) {
            self.seed();
        }
    }

    @Inject
    DemoData self; // through the proxy: seed() runs in its transaction

    @Transactional
    public void seed() {
        boolean present = !em.createQuery("SELECT p FROM Programme p WHERE p.name = 'Synapse'", Programme.class)
                .getResultList().isEmpty();
        if (present) {
            LOG.info("Demo data already present.");
            accounts(site("Centre social Lille-Sud"), site("Médiathèque de Roubaix"), site("Atelier mobile Avesnois"),
                    site("PopSchool Valenciennes"), programme("Synapse"), programme("PopSchool"));
            return;
        }
        LocalDate today = LocalDate.now();
        Programme synapse = persist(new Programme("Synapse", "FEDER / Région Hauts-de-France",
                today.minusYears(2).withDayOfYear(1), today.plusYears(2).withDayOfYear(1).minusDays(1)));
        Programme popschool = persist(new Programme("PopSchool", "FSE+", today.minusYears(1).withDayOfYear(1),
                today.plusYears(1).withMonth(12).withDayOfMonth(31)));
        Site lille = persist(new Site("Centre social Lille-Sud", "Lille"));
        Site roubaix = persist(new Site("Médiathèque de Roubaix", "Roubaix"));
        Site avesnois = persist(new Site("Atelier mobile Avesnois", "Maubeuge"));
        Site valenciennes = persist(new Site("PopSchool Valenciennes", "Valenciennes"));
        List<Cohort> cohorts = List.of(
                persist(new Cohort(synapse, lille, "Lille-Sud — premiers pas numériques", today.minusMonths(8), today.minusMonths(5), 40)),
                persist(new Cohort(synapse, lille, "Lille-Sud — démarches en ligne", today.minusMonths(2), today.plusMonths(2), 60)),
                persist(new Cohort(synapse, roubaix, "Roubaix — tablette et smartphone", today.minusMonths(3), today.plusMonths(1), 36)),
                persist(new Cohort(synapse, avesnois, "Avesnois — atelier itinérant", today.minusMonths(1), today.plusMonths(4), 48)),
                persist(new Cohort(popschool, valenciennes, "Développeur web 2025", today.minusMonths(10), today.minusMonths(3), 600)),
                persist(new Cohort(popschool, valenciennes, "Développeur web 2026", today.minusMonths(1), today.plusMonths(6), 600)));

        Random random = new Random(42);
        List<Learner> synapseLearners = new ArrayList<>();
        List<Enrolment> exits = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Cohort cohort = cohorts.get(i % cohorts.size());
            Learner learner = learner(random, cohort, today, i);
            em.persist(learner);
            Enrolment enrolment = new Enrolment(learner, cohort, cohort.getStartDate().plusDays(random.nextInt(10)));
            enrolment.activate();
            if (cohort.getEndDate().isBefore(today)) {
                boolean completed = random.nextInt(4) > 0;
                enrolment.exit(completed ? cohort.getEndDate() : cohort.getStartDate().plusDays(20 + random.nextInt(30)),
                        completed ? ExitReason.COMPLETED : ExitReason.values()[1 + random.nextInt(ExitReason.values().length - 1)]);
            }
            em.persist(enrolment);
            if (!enrolment.isOpen()) {
                exits.add(enrolment);
            }
            if (enrolment.isOpen() && cohort.getProgramme() == synapse) {
                synapseLearners.add(learner);
            }
        }
        pixParticipants(cohorts.get(1));
        em.flush();
        int items = equipment(List.of(lille, roubaix, avesnois), synapseLearners, today, random);
        // each session led by a trainer of its site: trainer at Lille-Sud, trainer2 at Roubaix, trainer3 at Valenciennes
        Map<Site, String> trainerOf = Map.of(lille, "trainer", roubaix, "trainer2", valenciennes, "trainer3");
        Map<Cohort, String> open = new LinkedHashMap<>();
        Map<Cohort, String> past = new LinkedHashMap<>();
        for (Cohort c : cohorts) {
            String trainer = trainerOf.get(c.getSite());
            if (trainer == null) {
                continue;
            }
            if (c.getEndDate().isBefore(today)) {
                past.put(c, trainer);
            } else if (c.getProgramme() == synapse) {
                open.put(c, trainer);
            }
        }
        int sessions = training.seed(open, today, random);
        sessions += training.seedPast(past, random);
        int results = outcomes.seed(exits, List.of(synapse, popschool), today, random);
        int helped = accompaniments(List.of(lille, roubaix, avesnois, valenciennes), today, random);
        dossierExample(cohorts.get(0));
        accounts(lille, roubaix, avesnois, valenciennes, synapse, popschool);
        LOG.info("Demo data created: 2 programmes, 4 sites, " + cohorts.size() + " cohorts, " + (LEARNERS + PIX_PARTICIPANTS.length) + " learners, "
                + items + " items of equipment, " + sessions + " training sessions, " + results + " outcomes, "
                + helped + " one-off accompaniments.");
    }

    /** People helped once at each site over the last two months (no first name for one in three). */
    private int accompaniments(List<Site> sites, LocalDate today, Random random) {
        String[] names = {"Fatima", "Gérard", "Lina", "Mohamed", "Odette", "Kevin", "Samia", "Jean-Pierre"};
        AccompanimentTopic[] topics = AccompanimentTopic.values();
        AccompanimentEquipment[] used = AccompanimentEquipment.values();
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        int count = 0;
        for (Site site : sites) {
            for (int n = 0; n < 8; n++) {
                em.persist(new Accompaniment(site, today.minusDays(random.nextInt(60)), topics[random.nextInt(topics.length)],
                        15 + 15 * random.nextInt(6), used[random.nextInt(used.length)], n % 3 == 2 ? null : names[n],
                        null, "coordinator", now));
                count++;
            }
        }
        return count;
    }

    /**
     * The two learners of the Lille cohort under way whom the sample Pix Orga export names (shared/data and
     * src/test/resources/pix): each once, so that the import recognises them; no generated learner bears their names.
     */
    private void pixParticipants(Cohort cohort) {
        for (String[] p : PIX_PARTICIPANTS) {
            Learner l = new Learner(p[0], p[1], cohort.getSite());
            l.setGender(Gender.WOMAN);
            l.setBirthDate(LocalDate.parse(p[2]));
            l.setPhone(p[3]);
            l.setPostcode("59000");
            l.setCommune(cohort.getSite().getCommune());
            l.setIscedLevel(2);
            l.setLabourStatus(LabourStatus.INACTIVE);
            em.persist(l);
            Enrolment e = new Enrolment(l, cohort, cohort.getStartDate());
            e.activate();
            em.persist(e);
        }
    }

    /**
     * One learner of the finished Lille cohort with something in every part of their record — consents,
     * a returned loan, attendance, assessments, outcomes — the example of a complete dossier (right of access).
     */
    private void dossierExample(Cohort past) {
        Enrolment e = em.createQuery("SELECT o.enrolment FROM Outcome o WHERE o.enrolment.cohort = :c"
                + " ORDER BY o.enrolment.id", Enrolment.class).setParameter("c", past).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
        if (e == null) {
            return;
        }
        Learner l = e.getLearner();
        em.persist(new Consent(l, ConsentPurpose.PROGRAMME_FOLLOW_UP, true, e.getEntryDate(), ConsentMethod.SIGNED_FORM, "coordinator"));
        em.persist(new Consent(l, ConsentPurpose.SIX_MONTH_SURVEY, true, e.getEntryDate(), ConsentMethod.SIGNED_FORM, "coordinator"));
        em.persist(new Consent(l, ConsentPurpose.PHOTOS, false, e.getEntryDate(), ConsentMethod.ORAL, "coordinator"));
        training.assessOne(l, e.getEntryDate(), e.getExitDate(), "trainer");
        Equipment item = em.createQuery("SELECT q FROM Equipment q WHERE q.site = :s AND q.status = :a ORDER BY q.assetTag",
                Equipment.class).setParameter("s", past.getSite()).setParameter("a", EquipmentStatus.AVAILABLE)
                .setMaxResults(1).getSingleResult();
        Loan loan = item.lend(l, e.getEntryDate(), e.getExitDate(), item.getCondition(), "Chargeur, housse", true, "coordinator");
        em.persist(loan);
        item.giveBack(loan, e.getExitDate(), item.getCondition(), true, "Rayure légère sur le capot", "coordinator");
    }

    /**
     * Synapse's inventory: laptops, tablets and 4G routers per site; a third of them lent to learners
     * of open cohorts (four overdue), some in repair, one lost, one retired.
     */
    private int equipment(List<Site> sites, List<Learner> borrowers, LocalDate today, Random random) {
        EquipmentType[] types = {EquipmentType.LAPTOP, EquipmentType.LAPTOP, EquipmentType.TABLET, EquipmentType.ROUTER_4G};
        String[][] models = {{"Lenovo", "ThinkPad E14", "649.00", "Chargeur, housse"}, {"HP", "ProBook 450", "599.00", "Chargeur, housse"},
            {"Samsung", "Galaxy Tab A9", "229.00", "Chargeur, coque"}, {"Huawei", "B535", "119.00", "Bloc secteur, carte SIM"}};
        int count = 0;
        int borrower = 0;
        for (Site site : sites) {
            for (int n = 1; n <= 12; n++) {
                int t = n % types.length;
                Equipment item = new Equipment(String.format("SYN-%s-%03d", site.getCommune().substring(0, 3).toUpperCase(Locale.ROOT),
                        n), types[t], site);
                item.setMake(models[t][0]);
                item.setModel(models[t][1]);
                item.setReplacementValue(new java.math.BigDecimal(models[t][2]));
                item.setAccessories(models[t][3]);
                item.setSerialNumber(String.format("%s%08d", models[t][0].substring(0, 2).toUpperCase(Locale.ROOT),
                        random.nextInt(100_000_000)));
                item.setCondition(n < 6 ? EquipmentCondition.NEW : EquipmentCondition.GOOD);
                item.created("admin");
                em.persist(item);
                count++;
                if (n % 3 == 0 && borrower < borrowers.size()) {
                    boolean late = n == 3 || n == 9 && site == sites.get(0);
                    LocalDate out = today.minusDays(late ? 120 : 10 + random.nextInt(30));
                    em.persist(item.lend(borrowers.get(borrower++), out, late ? today.minusDays(5 + n) : today.plusDays(30 + n),
                            item.getCondition(), item.getAccessories(), true, "coordinator"));
                } else if (n == 10) {
                    item.apply(EquipmentAction.TO_REPAIR, null, "Écran fissuré", "coordinator");
                } else if (n == 11 && site == sites.get(1)) {
                    item.apply(EquipmentAction.LOST, null, "Volé dans un bus, plainte déposée", "coordinator");
                } else if (n == 4 && site == sites.get(2)) {
                    item.apply(EquipmentAction.RETIRED, null, "Batterie hors d'usage", "admin");
                }
            }
        }
        em.flush();
        return count;
    }

    /** The demo accounts, each created only if missing (one whose site or programme was renamed since is skipped). */
    private void accounts(Site lille, Site roubaix, Site avesnois, Site valenciennes, Programme synapse, Programme popschool) {
        createAccount("admin", "Camille Administratrice", Role.ADMIN, Set.of(), Set.of());
        createAccount("coordinator", "Nadia Coordinatrice", Role.COORDINATOR, sites(lille, roubaix, avesnois), Set.of());
        // the coordinator of another site: none of the first coordinator's records, none of theirs
        createAccount("coordinator2", "Hugo Coordinateur", Role.COORDINATOR, sites(valenciennes), Set.of());
        createAccount("trainer", "Julien Formateur", Role.TRAINER, sites(lille), Set.of());
        createAccount("trainer2", "Sophie Formatrice", Role.TRAINER, sites(lille, roubaix), Set.of());
        createAccount("trainer3", "Mehdi Formateur", Role.TRAINER, sites(valenciennes), Set.of());
        if (synapse != null && popschool != null) {
            createAccount("funder", "Région Hauts-de-France", Role.FUNDER, Set.of(), Set.of(synapse, popschool));
        }
    }

    /** The sites, or null (no account) when one is missing. */
    private static Set<Site> sites(Site... sites) {
        return Arrays.stream(sites).anyMatch(Objects::isNull) ? null : Set.of(sites);
    }

    private Site site(String name) {
        return em.createQuery("SELECT s FROM Site s WHERE s.name = :name", Site.class).setParameter("name", name)
                .getResultStream().findFirst().orElse(null);
    }

    private Programme programme(String name) {
        return em.createQuery("SELECT p FROM Programme p WHERE p.name = :name", Programme.class).setParameter("name", name)
                .getResultStream().findFirst().orElse(null);
    }

    private void createAccount(String username, String name, Role role, Set<Site> sites, Set<Programme> programmes) {
        if (sites != null && accounts.byUsername(username).isEmpty()) {
            Account account = new Account(username, name, role);
            account.setEmail(username + "@tremplin.example.org");
            accounts.createWithPublishedPassword(account, PASSWORD.toCharArray(), sites, programmes);
        }
    }

    private static Learner learner(Random random, Cohort cohort, LocalDate today, int i) {
        int g = random.nextInt(20);
        Gender gender = g < 10 ? Gender.WOMAN : g < 19 ? Gender.MAN : Gender.NON_BINARY;
        String[] firstNames = gender == Gender.WOMAN ? WOMEN : gender == Gender.MAN ? MEN : NEUTRAL;
        String first = firstNames[random.nextInt(firstNames.length)];
        String last = LAST[random.nextInt(LAST.length)];
        for (String[] p : PIX_PARTICIPANTS) {
            if (p[0].equals(first) && p[1].equals(last)) {
                last = "Vasseur"; // the Pix sample's people exist once (pixParticipants)
            }
        }
        Learner l = new Learner(first, last, cohort.getSite());
        boolean young = "PopSchool".equals(cohort.getProgramme().getName());
        int age = young ? 17 + random.nextInt(13) : 20 + random.nextInt(50);
        l.setBirthDate(today.minusYears(age).minusDays(random.nextInt(365)));
        l.setGender(gender);
        if (i % 9 != 0) { // some records stay incomplete: the completeness figures need them
            l.setPhone(String.format("06 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100), random.nextInt(100)));
            l.setPostcode(List.of("59000", "59100", "59600", "59300", "59260").get(random.nextInt(5)));
            l.setIscedLevel(young ? 2 + random.nextInt(3) : random.nextInt(5));
        }
        if (i % 3 == 0) {
            l.setEmail("apprenant" + i + "@example.org");
        }
        l.setCommune(cohort.getSite().getCommune());
        int s = random.nextInt(10);
        l.setLabourStatus(s < 6 ? LabourStatus.UNEMPLOYED : s < 9 ? LabourStatus.INACTIVE : LabourStatus.EMPLOYED);
        if (l.getLabourStatus() == LabourStatus.UNEMPLOYED) {
            l.setUnemployedSince(today.minusMonths(1 + random.nextInt(40)));
        }
        l.setDisability(random.nextInt(10) == 0);
        l.setThirdCountNational(random.nextInt(12) == 0);
        l.setForeignBackground(random.nextInt(5) == 0);
        l.setHomeless(random.nextInt(25) == 0);
        l.setRuralArea("Maubeuge".equals(cohort.getSite().getCommune()));
        l.setPriorityNeighbourhood(random.nextInt(3) == 0);
        return l;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
