package org.tremplin.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tremplin.training.application.PixCampaign.Participant;
import org.tremplin.training.domain.PixMapping;

class PixCampaignTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static byte[] sample() throws IOException {
        try (InputStream in = PixCampaignTest.class.getResourceAsStream("/pix/pix-orga-sample.csv")) {
            return in.readAllBytes();
        }
    }

    private static PixCampaign read(String text) {
        return PixCampaign.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), PixMapping.standard(), TODAY);
    }

    @Test
    void theSampleExportGivesOneParticipantPerRowWithTheLevelsOfTheSixteenCompetences() throws IOException {
        PixCampaign campaign = PixCampaign.read(sample(), PixMapping.standard(), TODAY);
        assertTrue(campaign.fileProblem().isEmpty());
        assertEquals("Positionnement Synapse printemps", campaign.campaignName());
        assertEquals(List.of(), campaign.unrecognisedColumns());
        Participant elodie = campaign.participants().get(0);
        assertEquals("Martin", elodie.lastName());
        assertEquals("Élodie", elodie.firstName());
        assertEquals(LocalDate.of(2026, 3, 12), elodie.sentOn());
        assertEquals(16, elodie.pixLevels().size());
        assertEquals(2, elodie.pixLevels().get("1.1"));
        assertEquals(0, elodie.pixLevels().get("3.4"));
        Participant patrick = campaign.participants().stream().filter(p -> p.firstName().equals("Patrick")).findFirst().orElseThrow();
        assertFalse(patrick.sent(), "a profile not sent has no levels and is no error");
        assertTrue(patrick.isValid());
        assertTrue(campaign.participants().stream().allMatch(Participant::isValid));
    }

    @Test
    void aFileThatIsNotAProfileCollectionExportIsRefusedAsAWhole() {
        assertEquals(PixCampaign.FileProblem.EMPTY, read("").fileProblem().orElseThrow());
        assertEquals(PixCampaign.FileProblem.NOT_PIX, read("nom;prenom\nMartin;Élodie\n").fileProblem().orElseThrow());
        assertEquals(PixCampaign.FileProblem.NO_LEVELS, read("\"Nom du Participant\";\"Prénom du Participant\";"
                + "\"% de maitrise des acquis de la compétence Interagir\"\n\"Martin\";\"Élodie\";\"40\"\n").fileProblem().orElseThrow());
    }

    @Test
    void headersAreReadTolerantlyAndTheUnknownOnesAreReported() {
        PixCampaign campaign = read("NOM DU PARTICIPANT;Prenom du participant;Envoi (O/N);Date de l’envoi;"
                + "Niveau pour la compétence  Interagir;Niveau pour la compétence Jouer;Identifiant Tremplin;Couleur\n"
                + "'-Martin;Élodie;O;12/03/2026;3;2;#42;bleu\n");
        Participant p = campaign.participants().get(0);
        assertEquals("-Martin", p.lastName(), "the apostrophe Pix puts before a leading '-' is taken off");
        assertEquals(LocalDate.of(2026, 3, 12), p.sentOn());
        assertEquals(java.util.Map.of("2.1", 3), p.pixLevels());
        assertEquals("42", p.externalId());
        assertEquals(List.of("Niveau pour la compétence Jouer", "Couleur"), campaign.unrecognisedColumns());
    }

    @Test
    void badLevelsDatesAndIdentifiersAreProblemsOfTheirLineWordedInBothLanguages() {
        PixCampaign campaign = read("Nom du Participant;Prénom du Participant;Envoi (O/N);Date de l'envoi;"
                + "Niveau pour la compétence Interagir;Niveau pour la compétence Collaborer;Identifiant Tremplin\n"
                + "Martin;Élodie;O;2026-03-12;9;deux;\n"
                + "Benali;Aïcha;O;2027-01-01;1;1;\n"
                + "Caron;Patrick;O;;1;1;abc\n"
                + ";;O;2026-03-12;1;1;\n");
        List<Participant> rows = campaign.participants();
        assertEquals(List.of("pix.row.level", "pix.row.level"), rows.get(0).problems().stream().map(PixCampaign.Problem::key).toList());
        assertEquals(2, rows.get(0).line());
        assertEquals("the level of Pix competence 2.1 is \"9\": a whole number from 0 to 8",
                rows.get(0).problems().get(0).text(Locale.ENGLISH));
        assertEquals("le niveau de la compétence Pix 2.3 est « deux » : un nombre entier de 0 à 8",
                rows.get(0).problems().get(1).text(Locale.FRENCH));
        assertEquals("pix.row.futureDate", rows.get(1).problems().get(0).key());
        assertEquals(List.of("pix.row.externalId", "pix.row.noDate"), rows.get(2).problems().stream().map(PixCampaign.Problem::key).toList());
        assertEquals("pix.row.noName", rows.get(3).problems().get(0).key());
    }
}
