package com.envgrid.api.shared;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * No connection to the database could be had within the pool's timeout (about a second): 503 with Retry-After,
 * instead of a 500 carrying the pool's message. Pooled connections are checked when borrowed, so a connection
 * that a PostgreSQL restart left stale is replaced there and the request goes on.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class DatabaseUnavailableHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException e) {
        return DatabaseUnavailable.response(request);
    }
}
