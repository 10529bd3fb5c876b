package com.envgrid.api.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces(Problem.MEDIA_TYPE)
@Singleton
public class TooLargeHandler implements ExceptionHandler<TooLarge, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TooLarge e) {
        return Problem.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e, request);
    }
}
