package com.envgrid.api.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whatever no other handler answers: logged in full under a random request id, answered as a 500 problem that
 * carries only that id — never the exception's message, which may hold SQL, driver or pool text, or class names.
 * A failure caused by the connection to the database is a 503 (see {@link DatabaseUnavailable}) wherever it is
 * thrown, and a write that a unique key turned away is a 409 (see {@link UniqueViolation}). Handlers for a specific
 * exception type (no connection to be had, bad input, …) take precedence.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class UnexpectedFailureHandler implements ExceptionHandler<Throwable, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
    private static final SecureRandom IDS = new SecureRandom();

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Throwable e) {
        if (DatabaseUnavailable.causedBy(e)) {
            // a connection that died in the middle of a statement: the transaction rolled back, a retry is safe
            LOG.warn("{} {}: the database went away during the request", request.getMethodName(), request.getPath());
            return DatabaseUnavailable.response(request);
        }
        var duplicate = UniqueViolation.in(e);
        if (duplicate.isPresent()) {
            return Problem.response(HttpStatus.CONFLICT, duplicate.get().conflict(), request);
        }
        String id = newRequestId();
        LOG.error("request {}: {} {} failed", id, request.getMethodName(), request.getPath(), e);
        return Problem.internalError(request, id);
    }

    static String newRequestId() {
        byte[] id = new byte[6];
        IDS.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
