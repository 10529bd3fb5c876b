package com.envgrid.api.shared;

import com.envgrid.core.workflow.WorkflowRefused;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A refused case or complaint transition: 409 in the wrong state, 403 for the wrong person, 400 without the needed
 * reason or text, 422 while what it waits on is unfinished and no reason says why.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class WorkflowRefusedHandler implements ExceptionHandler<WorkflowRefused, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, WorkflowRefused e) {
        HttpStatus status = switch (e.kind()) {
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case REASON_NEEDED -> HttpStatus.BAD_REQUEST;
            case BLOCKED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return Problem.response(status, e.code(), e.params(), e.getMessage(), request, null);
    }
}
