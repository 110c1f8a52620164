package org.tremplin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tremplin.testing.Api.Reply;

/**
 * Builds, through the API as admin, a Synapse cohort of Lille-Sud running today with learners of its
 * own (unique names), ready for sessions: what the training tests start from.
 */
public final class TrainingFixture {

    public static final String LILLE = "Centre social Lille-Sud";

    public final Api admin;
    public final long cohortId;
    public final String cohortName;
    public final List<Long> learners = new ArrayList<>();
    public final List<String> lastNames = new ArrayList<>();

    public TrainingFixture(URL base, int size) {
        admin = Api.as(base, "admin");
        long site = id(admin.get("api/sites"), LILLE);
        long programme = id(admin.get("api/programmes"), "Synapse");
        LocalDate today = LocalDate.now();
        String word = Api.uniqueWord();
        cohortName = "Groupe " + word;
        cohortId = created(admin.post("api/cohorts", "{\"programmeId\":" + programme + ",\"siteId\":" + site
                + ",\"name\":\"" + cohortName + "\",\"startDate\":\"" + today.minusWeeks(6) + "\",\"endDate\":\""
                + today.plusWeeks(10) + "\",\"plannedHours\":60}")).getJsonNumber("id").longValue();
        for (int i = 0; i < size; i++) {
            String last = "Seance" + word + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            long learner = created(admin.post("api/learners", "{\"firstName\":\"Ali" + (char) ('a' + i % 26)
                    + "\",\"lastName\":\"" + last + "\",\"siteId\":" + site + ",\"birthDate\":\"1985-03-0" + (1 + i % 9) + "\"}"))
                    .getJsonNumber("id").longValue();
            created(admin.post("api/enrolments", "{\"learnerId\":" + learner + ",\"cohortId\":" + cohortId
                    + ",\"entryDate\":\"" + today.minusWeeks(6) + "\"}"));
            learners.add(learner);
            lastNames.add(last);
        }
    }

    /** A session of the cohort on {@code day}, 9:00–12:00, led by {@code trainer}; returns its id. */
    public long session(LocalDate day, String trainer) {
        return created(admin.post("api/sessions", "{\"cohortId\":" + cohortId + ",\"date\":\"" + day
                + "\",\"startTime\":\"09:00\",\"endTime\":\"12:00\",\"trainer\":\"" + trainer
                + "\",\"topic\":\"Atelier e-mail\",\"place\":\"Salle 2\",\"competences\":[\"2.1\",\"4.2\"]}"))
                .getJsonNumber("id").longValue();
    }

    /** The demo cohort of Lille-Sud whose sessions the demo account trainer leads. */
    public static final String TRAINERS_COHORT = "Lille-Sud — démarches en ligne";

    /**
     * Enrols a learner (of Lille-Sud) in {@link #TRAINERS_COHORT} from today, so that the demo account trainer
     * sees them: a trainer sees only the learners of the cohorts where they lead a session.
     */
    public static void enrolWithTrainer(Api coordinator, long learnerId) {
        long cohort = id(coordinator.get("api/cohorts"), TRAINERS_COHORT);
        created(coordinator.post("api/enrolments", "{\"learnerId\":" + learnerId + ",\"cohortId\":" + cohort
                + ",\"entryDate\":\"" + LocalDate.now() + "\"}"));
    }

    static long id(Reply list, String name) {
        return list.array().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("name").equals(name))
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toList()).get(0);
    }

    public static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }
}
