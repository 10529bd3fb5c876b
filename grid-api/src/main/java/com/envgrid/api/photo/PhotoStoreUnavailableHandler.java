package com.envgrid.api.photo;

import com.envgrid.api.shared.DatabaseUnavailable;
import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A photo store away: 503 with Retry-After, as for the database, never a 500. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class PhotoStoreUnavailableHandler implements ExceptionHandler<PhotoStoreUnavailable, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, PhotoStoreUnavailable e) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return HttpResponse.<Problem>status(status)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(status, e.code(), e.params(), e.getMessage(), request, null));
    }
}
