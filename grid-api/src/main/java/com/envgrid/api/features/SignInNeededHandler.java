package com.envgrid.api.features;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces(Problem.MEDIA_TYPE)
@Singleton
final class SignInNeededHandler implements ExceptionHandler<SignInNeeded, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SignInNeeded e) {
        MutableHttpResponse<Problem> response = (MutableHttpResponse<Problem>) Problem.response(HttpStatus.UNAUTHORIZED, e,
                request);
        return response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"envgrid\"");
    }
}
