package com.envgrid.api.complaint;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A client over the public intake's rate limit: a 429 problem (on Open311 paths, in its error format). */
class TooManyComplaints extends RuntimeException {
    TooManyComplaints(String message) {
        super(message);
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static class Handler implements ExceptionHandler<TooManyComplaints, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TooManyComplaints e) {
            return Problem.response(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request, null);
        }
    }
}
