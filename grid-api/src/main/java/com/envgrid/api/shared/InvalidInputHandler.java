package com.envgrid.api.shared;

import com.envgrid.core.input.InvalidInput;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Input that cannot be read is a 400 problem listing every problem found, each with where it is. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInput e) {
        return Problem.response(HttpStatus.BAD_REQUEST, e.getMessage(), request, e.problems());
    }
}
