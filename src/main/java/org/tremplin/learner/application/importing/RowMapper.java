package org.tremplin.learner.application.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tremplin.learner.domain.DiplomaLevel;
import org.tremplin.learner.domain.Gender;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.infrastructure.CsvReader;

/**
 * Turns one CSV row into a learner of the given site, or into the reasons it cannot be one. Accepts
 * the spellings found in French spreadsheets (dates 02/04/1990, "F"/"H", "oui"/"non", "CAP", "bac+2"…).
 */
public final class RowMapper {

    /** One row's outcome: a learner ready to store, or errors (with the file's line number). */
    public record Result(int line, Learner learner, List<String> errors) implements java.io.Serializable {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<ImportField, Integer> columns;
    private final Site site;
    private final Validator validator;

    public RowMapper(Map<ImportField, Integer> columns, Site site, Validator validator) {
        this.columns = columns;
        this.site = site;
        this.validator = validator;
    }

    public Result map(CsvReader.Row row) {
        List<String> errors = new ArrayList<>();
        Learner l = new Learner(text(row, ImportField.FIRST_NAME), text(row, ImportField.LAST_NAME), site);
        l.setBirthDate(date(row, ImportField.BIRTH_DATE, errors));
        l.setGender(choice(row, ImportField.GENDER, errors, RowMapper::gender));
        l.setEmail(blankToNull(text(row, ImportField.EMAIL)));
        l.setPhone(blankToNull(text(row, ImportField.PHONE)));
        l.setPostcode(blankToNull(text(row, ImportField.POSTCODE)));
        l.setCommune(blankToNull(text(row, ImportField.COMMUNE)));
        l.setLabourStatus(choice(row, ImportField.LABOUR_STATUS, errors, RowMapper::labourStatus));
        l.setUnemployedSince(date(row, ImportField.UNEMPLOYED_SINCE, errors));
        String isced = text(row, ImportField.ISCED_LEVEL);
        if (!isced.isEmpty()) {
            try {
                l.setIscedLevel(Integer.valueOf(isced));
            } catch (NumberFormatException e) {
                errors.add(label(ImportField.ISCED_LEVEL) + ": \"" + isced + "\" is not a number from 0 to 8");
            }
        }
        l.setDiplomaLevel(choice(row, ImportField.DIPLOMA, errors, RowMapper::diploma));
        l.setDisability(flag(row, ImportField.DISABILITY, errors));
        l.setThirdCountNational(flag(row, ImportField.THIRD_COUNTRY_NATIONAL, errors));
        l.setForeignBackground(flag(row, ImportField.FOREIGN_BACKGROUND, errors));
        l.setMinority(flag(row, ImportField.MINORITY, errors));
        l.setHomeless(flag(row, ImportField.HOMELESS, errors));
        l.setRuralArea(flag(row, ImportField.RURAL_AREA, errors));
        l.setPriorityNeighbourhood(flag(row, ImportField.PRIORITY_NEIGHBOURHOOD, errors));
        Set<ConstraintViolation<Learner>> violations = validator.validate(l);
        violations.stream().map(v -> Failures.fieldOf(v) + ": " + v.getMessage()).sorted().forEach(errors::add);
        return new Result(row.line(), errors.isEmpty() ? l : null, List.copyOf(errors));
    }

    private String text(CsvReader.Row row, ImportField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.cell(column);
    }

    private LocalDate date(CsvReader.Row row, ImportField field, List<String> errors) {
        String value = text(row, field);
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : List.of(ISO, FRENCH)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        errors.add(label(field) + ": \"" + value + "\" is not a real date (write 1990-04-02 or 02/04/1990)");
        return null;
    }

    private <T> T choice(CsvReader.Row row, ImportField field, List<String> errors, java.util.function.Function<String, T> parser) {
        String value = text(row, field);
        if (value.isEmpty()) {
            return null;
        }
        T parsed = parser.apply(NameKey.fold(value));
        if (parsed == null) {
            errors.add(label(field) + ": \"" + value + "\" is not a known value");
        }
        return parsed;
    }

    private boolean flag(CsvReader.Row row, ImportField field, List<String> errors) {
        String value = NameKey.fold(text(row, field));
        return switch (value) {
            case "", "non", "no", "n", "0", "false", "faux" -> false;
            case "oui", "yes", "o", "y", "1", "true", "vrai", "x" -> true;
            default -> {
                errors.add(label(field) + ": \"" + value + "\" is not oui/non");
                yield false;
            }
        };
    }

    static Gender gender(String v) {
        return switch (v) {
            case "f", "femme", "w", "woman", "female", "feminin" -> Gender.WOMAN;
            case "h", "m", "homme", "man", "male", "masculin" -> Gender.MAN;
            case "nb", "non binaire", "non binary", "nonbinary", "autre", "other" -> Gender.NON_BINARY;
            default -> null;
        };
    }

    static LabourStatus labourStatus(String v) {
        if (v.contains("demandeur") || v.contains("chom") || v.contains("sans emploi") || v.contains("unemployed")
                || v.contains("recherche")) {
            return LabourStatus.UNEMPLOYED;
        }
        if (v.contains("inactif") || v.contains("inactive") || v.contains("etudiant") || v.contains("student")) {
            return LabourStatus.INACTIVE;
        }
        if (v.contains("salarie") || v.contains("emploi") || v.contains("employed") || v.contains("independant")
                || v.contains("self")) {
            return LabourStatus.EMPLOYED;
        }
        return null;
    }

    static DiplomaLevel diploma(String v) {
        String s = v.replace(" ", "");
        return switch (s) {
            case "aucun", "sansdiplome", "none", "nodiploma", "brevet", "dnb" -> DiplomaLevel.NONE;
            case "cap", "bep", "cap/bep", "capbep" -> DiplomaLevel.CAP_BEP;
            case "bac", "baccalaureat", "bacpro", "bac+0" -> DiplomaLevel.BACCALAUREAT;
            case "bac+2", "bts", "dut", "deust" -> DiplomaLevel.BAC_PLUS_2;
            case "bac+3", "licence", "licencepro", "but", "bachelor" -> DiplomaLevel.LICENCE;
            case "bac+5", "master", "ingenieur" -> DiplomaLevel.MASTER;
            case "bac+8", "doctorat", "doctorate", "phd" -> DiplomaLevel.DOCTORATE;
            default -> null;
        };
    }

    private static String label(ImportField field) {
        return field.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
