package com.envgrid.api.complaint;

import com.envgrid.api.shared.Problem;
import com.envgrid.core.complaint.ComplaintRefused;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A refused complaint transition: 409 in the wrong state, 403 for the wrong person, 400 without the needed text. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ComplaintRefusedHandler implements ExceptionHandler<ComplaintRefused, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ComplaintRefused e) {
        HttpStatus status = switch (e.kind()) {
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case REASON_NEEDED -> HttpStatus.BAD_REQUEST;
        };
        return Problem.response(status, e.getMessage(), request, null);
    }
}

@Produces(Problem.MEDIA_TYPE)
@Singleton
class TooManyComplaintsHandler implements ExceptionHandler<TooManyComplaints, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TooManyComplaints e) {
        return Problem.response(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request, null);
    }
}
