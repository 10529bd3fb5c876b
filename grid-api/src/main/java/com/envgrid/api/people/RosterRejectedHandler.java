package com.envgrid.api.people;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/** A rejected roster is a 422 problem carrying the report: every bad row, at its cell, and why. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class RosterRejectedHandler implements ExceptionHandler<RosterRejected, HttpResponse<RosterRejectedHandler.Rejection>> {
    @Serdeable
    record Rejection(String type, String title, int status, String detail, String instance, String code,
                     RosterReport report) {
    }

    @Override
    public HttpResponse<Rejection> handle(HttpRequest request, RosterRejected e) {
        return HttpResponse.<Rejection>status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Problem.MEDIA_TYPE)
                .body(new Rejection("about:blank", "Roster rejected", 422, e.getMessage(), request.getPath(),
                        RosterCode.REJECTED.code(), e.report()));
    }
}
