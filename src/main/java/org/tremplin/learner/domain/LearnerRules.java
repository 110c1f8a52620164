package org.tremplin.learner.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules between a learner's fields, checked wherever a learner is validated (intake page, API, import),
 * each reported on the field to correct: a date of unemployment only for an unemployed person, and not
 * before their birth. The database holds the first as well (learner_unemployed_since_ck).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LearnerRules.Validator.class)
public @interface LearnerRules {

    String message() default "{tremplin.learner.rules}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LearnerRules, Learner> {
        /** The message template of the rule the learner breaks, or null. */
        static String broken(Learner l) {
            if (l == null || l.getUnemployedSince() == null) {
                return null;
            }
            return l.getLabourStatus() != LabourStatus.UNEMPLOYED ? "{tremplin.unemployedSince.notUnemployed}"
                    : l.getBirthDate() != null && l.getUnemployedSince().isBefore(l.getBirthDate())
                            ? "{tremplin.unemployedSince.beforeBirth}" : null;
        }

        @Override
        public boolean isValid(Learner l, ConstraintValidatorContext context) {
            String broken = broken(l);
            if (broken == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(broken).addPropertyNode("unemployedSince").addConstraintViolation();
            return false;
        }
    }
}
