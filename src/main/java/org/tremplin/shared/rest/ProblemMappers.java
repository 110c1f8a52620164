package org.tremplin.shared.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;

/**
 * Every failure of the API becomes application/problem+json: bad input 400 (naming the fields),
 * unknown id 404 (400 naming the field when the body names it), conflicts and stale versions 409, a body past its bound 413 (BodyLimit), and anything unexpected a 500 that carries an
 * incident id only (the stack trace goes to the log under that id).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BodyLimit.TooLarge) { // however the reader of the body wrapped it
                return Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, t.getMessage());
            }
        }
        Throwable e = unwrap(thrown);
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(Status.BAD_REQUEST, "Some fields are not valid.", invalid.getErrors());
        }
        if (e instanceof ConstraintViolationException cve) {
            return Problem.response(Status.BAD_REQUEST, "Some fields are not valid.", fieldErrors(cve));
        }
        if (e instanceof NotFoundException missing) {
            var field = RequestFields.fieldNaming(request, missing.getWhat(), missing.getId());
            if (field.isPresent()) { // an id the body names, not the address: bad input
                return Problem.response(Status.BAD_REQUEST, "Some fields are not valid.", List.of(new FieldError(field.get(),
                        "no such record among those you may use: " + missing.getId())));
            }
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof InvalidValueException invalid) {
            return Problem.response(Status.BAD_REQUEST, "Some fields are not valid.",
                    List.of(new FieldError(invalid.getField(), invalid.getMessage())));
        }
        if (e instanceof ConflictException conflict) {
            return Problem.response(Status.CONFLICT, conflict.getMessage(),
                    conflict.getField() == null ? List.of() : List.of(new FieldError(conflict.getField(), conflict.getMessage())),
                    conflict.details());
        }
        if (e instanceof PessimisticLockException || e instanceof LockTimeoutException) {
            return Problem.response(Status.CONFLICT, "This record is being changed by someone else right now. Retry in a moment.");
        }
        if (e instanceof OptimisticLockException) {
            return Problem.response(Status.CONFLICT, "Someone else changed this record meanwhile. Read it again and retry.");
        }
        if (e instanceof PersistenceException && Failures.isConstraintViolation(e)) {
            return Problem.response(Status.CONFLICT, "This conflicts with an existing record (a value that must be unique is already used).");
        }
        if (e instanceof PersistenceException && Failures.isDataException(e)) {
            return Problem.response(Status.BAD_REQUEST, "A value does not fit what the field can hold (too long or out of range).");
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return Problem.response(Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape: "
                    + safe(e.getMessage()));
        }
        if (e instanceof BadRequestException) {
            return Problem.response(Status.BAD_REQUEST, "The request is missing its JSON body or a parameter is malformed.");
        }
        if (e instanceof ForbiddenException) {
            return Problem.response(Status.FORBIDDEN, "Your role may not use this resource.");
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response r = wae.getResponse();
            return Problem.response(r.getStatusInfo(), safe(e.getMessage()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return Problem.response(Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Incident " + incident + " has been logged.");
    }

    /** The transaction interceptor wraps what the service threw. */
    public static Throwable unwrap(Throwable e) {
        return Failures.unwrap(e, t -> t instanceof InvalidInputException || t instanceof JsonbException
                || t instanceof JsonException || t instanceof WebApplicationException);
    }

    static List<FieldError> fieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldError(Failures.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String safe(String message) {
        if (message == null) {
            return "";
        }
        String oneLine = message.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
