package org.tremplin.learner.application.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tremplin.learner.domain.NameKey;

/** The learner fields a column can be mapped to, with the header names recognised for each. */
public enum ImportField {
    LAST_NAME("nom", "nom de famille", "last name", "lastname", "surname", "family name"),
    FIRST_NAME("prenom", "first name", "firstname", "given name"),
    BIRTH_DATE("date de naissance", "naissance", "birth date", "birthdate", "date of birth", "ne le", "nee le"),
    GENDER("genre", "sexe", "gender", "sex"),
    EMAIL("email", "e mail", "courriel", "mail", "adresse email"),
    PHONE("telephone", "tel", "portable", "phone", "mobile"),
    POSTCODE("code postal", "cp", "postcode", "postal code", "zip"),
    COMMUNE("commune", "ville", "city", "town"),
    LABOUR_STATUS("situation", "situation a l entree", "statut", "labour status", "labourstatus", "employment status"),
    UNEMPLOYED_SINCE("demandeur d emploi depuis", "sans emploi depuis", "chomage depuis", "unemployed since", "unemployedsince"),
    DIPLOMA("diplome", "niveau de diplome", "diploma", "qualification"),
    ISCED_LEVEL("isced", "niveau isced", "isced level", "iscedlevel", "cite"),
    DISABILITY("handicap", "rqth", "disability"),
    THIRD_COUNTRY_NATIONAL("ressortissant pays tiers", "pays tiers", "third country national", "thirdcountrynational"),
    FOREIGN_BACKGROUND("origine etrangere", "foreign background", "foreignbackground"),
    MINORITY("minorite", "minority"),
    HOMELESS("sans domicile", "sans abri", "mal logement", "homeless"),
    RURAL_AREA("zone rurale", "rural", "rural area", "ruralarea"),
    PRIORITY_NEIGHBOURHOOD("qpv", "quartier prioritaire", "priority neighbourhood", "priorityneighbourhood");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** The field a header names, ignoring case, accents and punctuation. */
    public static Optional<ImportField> forHeader(String header) {
        String folded = NameKey.fold(header).replace('\'', ' ').replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        for (ImportField field : values()) {
            if (field.headers.contains(folded) || field.name().replace("_", " ").toLowerCase(Locale.ROOT).equals(folded)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
