package com.envgrid.api.access;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces(Problem.MEDIA_TYPE)
@Singleton
final class AccessDeniedHandler implements ExceptionHandler<AccessDenied, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AccessDenied e) {
        return Problem.response(HttpStatus.FORBIDDEN, e, request);
    }
}
