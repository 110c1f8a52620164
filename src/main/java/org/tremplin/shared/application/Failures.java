package org.tremplin.shared.application;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.sql.SQLException;
import java.util.function.Predicate;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;

/** What a failed write means, read the same way by the API's error mappers, the pages and the imports. */
public final class Failures {

    private Failures() {
    }

    /**
     * The failure the service meant, under what the transaction interceptor wrapped it in: the first cause
     * that is a rule broken (validation, not found, conflict), a persistence failure, or one that
     * {@code alsoMeant} accepts; the throwable itself when none is.
     */
    public static Throwable unwrap(Throwable e, Predicate<Throwable> alsoMeant) {
        Throwable current = e;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current instanceof ConstraintViolationException || current instanceof NotFoundException
                    || current instanceof ConflictException || current instanceof OptimisticLockException
                    || current instanceof PersistenceException || alsoMeant.test(current)) {
                return current;
            }
            current = current.getCause();
        }
        return e;
    }

    public static Throwable unwrap(Throwable e) {
        return unwrap(e, t -> false);
    }

    /** An integrity constraint of the database refused the write (SQL state class 23: a duplicate, a dangling reference). */
    public static boolean isConstraintViolation(Throwable e) {
        return hasSqlState(e, "23");
    }

    /** SQL data exceptions (class 22: a value too long, out of range): the input's fault, nothing was stored. */
    public static boolean isDataException(Throwable e) {
        return hasSqlState(e, "22");
    }

    private static boolean hasSqlState(Throwable e, String sqlClass) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(sqlClass)) {
                return true;
            }
        }
        return false;
    }

    /** "create.learner.lastName" → "lastName": the JSON names are the entity's property names. */
    public static String fieldOf(ConstraintViolation<?> v) {
        String field = "";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        // the period check is a method of the entity: the client wrote the end date
        return "periodOrdered".equals(field) ? "endDate" : field;
    }
}
